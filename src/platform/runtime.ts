// The content script's seam over runtime messaging, without webextension-polyfill: the
// polyfill is about 10 KB of the content script's 30 KB gzip budget, and page-side code
// needs only these three calls. In MV3 both browsers' runtime.sendMessage return promises.
// The one difference that matters is answering: Firefox takes a returned promise, Chrome
// only sendResponse + `return true` — which both take, so listeners are wrapped that way.
// The card and popup use it too; the background has its own (./background-api.ts).
import { extensionNamespace } from './extension-namespace';

type Respond = (response: unknown) => void;
type NativeListener = (message: unknown, sender: unknown, sendResponse: Respond) => true | undefined;

interface NativeRuntime {
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(fn: NativeListener): void; removeListener(fn: NativeListener): void };
}

function native(): NativeRuntime {
  const rt = extensionNamespace<{ runtime: NativeRuntime }>()?.runtime;
  if (!rt) throw new Error('No extension runtime in this context');
  return rt;
}

/** Loads one of the extension's own ES modules (listed in web_accessible_resources). A
 *  function of its own, not a member of `runtime`: only the content script loads modules,
 *  and the other bundles (card, popup) leave it out, with the import() call that web-ext lint
 *  warns of in each bundle holding it. */
export function importModule<T>(path: string): Promise<T> {
  return import(native().getURL(path)) as Promise<T>;
}

/** Answers a message with a promise of the reply, or returns undefined to leave it to others. */
export type MessageListener = (message: unknown) => Promise<unknown> | undefined;

export const runtime = {
  getURL: (path: string): string => native().getURL(path),
  /** Whether this context has the extension API (a sandboxed extension page has none). */
  available(): boolean {
    try {
      native();
      return true;
    } catch {
      return false;
    }
  },
  sendMessage: (message: unknown): Promise<unknown> => native().sendMessage(message),
  /** Returns the function that removes the listener again. */
  onMessage(listener: MessageListener): () => void {
    const wrapped: NativeListener = (message, _sender, sendResponse) => {
      const answer = listener(message);
      if (answer === undefined) return undefined;
      answer.then(sendResponse, () => sendResponse(undefined));
      return true;
    };
    const rt = native();
    rt.onMessage.addListener(wrapped);
    return () => rt.onMessage.removeListener(wrapped);
  },
};
