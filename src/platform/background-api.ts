// The background's seam over the WebExtension APIs, without webextension-polyfill: exactly
// the calls src/background/ makes, typed, the namespace looked up on each call (so modules
// load in unit tests). In MV3 Chrome's chrome.* and Firefox's browser.* return promises
// alike; the one difference is answering runtime.onMessage. Firefox takes a returned
// promise, Chrome only since 148 (mdn/browser-compat-data#30194); sendResponse with
// `return true` works in both, so the listener is wrapped that way, as in ./runtime.ts.
import { requireExtensionNamespace } from './extension-namespace';
import type { TabInfo } from './popup-api';

/** Who sent a runtime message: `origin` is the document's real origin (Chrome 80+, Firefox 126+). */
export interface MessageSender {
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** The frames of one tab a scripting call goes into. */
interface InjectionTarget {
  target: { tabId: number; frameIds: number[] };
}

/** A stylesheet scripting.insertCSS puts in (or removeCSS takes out: the same `css` and
 *  origin), a file of the extension's or a string. */
export type CssInjection = InjectionTarget & { origin: 'USER' } & ({ files: string[] } | { css: string });

/** The part of browser.scripting the Firefox build uses for page/inject-more… */
export interface ScriptInjector {
  executeScript(injection: InjectionTarget & { files: string[] }): Promise<{ frameId: number; error?: unknown }[]>;
}

/** …and for page/shadow-sheet. */
export interface CssInjector {
  insertCSS(injection: CssInjection): Promise<void>;
  removeCSS(injection: CssInjection): Promise<void>;
}

type Items = Record<string, unknown>;
type Respond = (response: unknown) => void;
type NativeListener = (message: unknown, sender: MessageSender, sendResponse: Respond) => true | undefined;
interface NativeEvent<F> {
  addListener(fn: F): void;
}
type StorageListener = (changes: Record<string, unknown>, area: string) => void;

interface NativeApi {
  runtime: {
    getURL(path: string): string;
    getManifest(): { version: string };
    onMessage: NativeEvent<NativeListener>;
    onInstalled: NativeEvent<() => void>;
    onStartup: NativeEvent<() => void>;
  };
  tabs: {
    get(tabId: number): Promise<TabInfo>;
    query(query: { active?: boolean; currentWindow?: boolean; lastFocusedWindow?: boolean }): Promise<TabInfo[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    onRemoved: NativeEvent<(tabId: number) => void>;
  };
  storage: {
    session: { get(keys: string): Promise<Items>; set(items: Items): Promise<void>; remove(keys: string | string[]): Promise<void> };
    onChanged: NativeEvent<StorageListener>;
  };
  commands: { onCommand: NativeEvent<(name: string) => void>; getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  /** Only with the "scripting" permission (the Firefox build's manifest). */
  scripting?: ScriptInjector & CssInjector;
}

const native = (): NativeApi => requireExtensionNamespace<NativeApi>();

/** Answers a message with a promise of the reply, or returns undefined to leave it to others. */
export type BackgroundListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export const ext = {
  runtime: {
    getURL: (path: string): string => native().runtime.getURL(path),
    version: (): string => native().runtime.getManifest().version,
    onMessage: {
      addListener(listener: BackgroundListener): void {
        native().runtime.onMessage.addListener((message, sender, sendResponse) => {
          const answer = listener(message, sender);
          if (answer === undefined) return undefined;
          answer.then(sendResponse, () => sendResponse(undefined));
          return true;
        });
      },
    },
    onInstalled: { addListener: (fn: () => void): void => native().runtime.onInstalled.addListener(() => fn()) },
    onStartup: { addListener: (fn: () => void): void => native().runtime.onStartup.addListener(fn) },
  },
  tabs: {
    get: (tabId: number): Promise<TabInfo> => native().tabs.get(tabId),
    query: (query: { active?: boolean; currentWindow?: boolean; lastFocusedWindow?: boolean }): Promise<TabInfo[]> => native().tabs.query(query),
    /** To every frame of the tab; rejects when none has a receiver. */
    sendMessage: (tabId: number, message: unknown): Promise<unknown> => native().tabs.sendMessage(tabId, message),
    onRemoved: { addListener: (fn: (tabId: number) => void): void => native().tabs.onRemoved.addListener((tabId) => fn(tabId)) },
  },
  storage: {
    session: {
      get: (key: string): Promise<Items> => native().storage.session.get(key),
      set: (items: Items): Promise<void> => native().storage.session.set(items),
      remove: (keys: string | string[]): Promise<void> => native().storage.session.remove(keys),
    },
    onChanged: { addListener: (fn: StorageListener): void => native().storage.onChanged.addListener(fn) },
  },
  commands: {
    onCommand: { addListener: (fn: (name: string) => void): void => native().commands.onCommand.addListener((name) => fn(name)) },
    /** The extension's commands with the keys each is bound to now ('' for none). */
    getAll: (): Promise<{ name?: string; shortcut?: string }[]> => native().commands.getAll(),
  },
  /** Undefined without the permission (Chrome's build). */
  scripting: (): (ScriptInjector & CssInjector) | undefined => native().scripting,
};
