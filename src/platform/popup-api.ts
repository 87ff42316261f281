// The popup's seam over tabs and storage events, without webextension-polyfill (about
// 10 KB of popup.js, which the popup's first render pays to compile and run): the popup
// makes only these calls. In MV3 Chrome's chrome.tabs.* return promises like Firefox's
// browser.tabs.*, and storage.onChanged calls its listeners the same way in both; the
// popup sends runtime messages through ./runtime.ts.
import { requireExtensionNamespace } from './extension-namespace';

/** What the popup reads of a tab (url and title only with host access to the page). */
export interface TabInfo {
  id?: number;
  url?: string;
  title?: string;
}

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

interface NativeApi {
  tabs: {
    get(tabId: number): Promise<TabInfo>;
    query(query: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]>;
    create(props: { url: string }): Promise<TabInfo>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { onChanged: { addListener(fn: StorageListener): void; removeListener(fn: StorageListener): void } };
  runtime: { getURL(path: string): string; getBrowserInfo?: unknown };
}

const native = (): NativeApi => requireExtensionNamespace<NativeApi>();

export const tabs = {
  get: (tabId: number): Promise<TabInfo> => native().tabs.get(tabId),
  query: (query: { active?: boolean; currentWindow?: boolean }): Promise<TabInfo[]> => native().tabs.query(query),
  create: (url: string): Promise<TabInfo> => native().tabs.create({ url }),
  /** Rejects when the tab has no receiver (no content script there). */
  sendMessage: (tabId: number, message: unknown, frameId: number): Promise<unknown> => native().tabs.sendMessage(tabId, message, { frameId }),
};

/** Calls `listener` on every storage change; returns the function that stops it. */
export function onStorageChanged(listener: StorageListener): () => void {
  const events = native().storage.onChanged;
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/** Firefox's runtime has getBrowserInfo; Chrome's has not. */
export function isFirefox(): boolean {
  return typeof native().runtime.getBrowserInfo === 'function';
}
