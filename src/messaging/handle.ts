// Background side of the contract: route an incoming envelope to its handler and always
// answer with a reply envelope, never a thrown error or a crash.
import type { RequestKind, Requests } from './contract';
import { isRequestEnvelope, type ReplyEnvelope } from './envelope';

/** Who asked: the sender's URL, tab and frame (0: the tab's top frame), and the origin of the
 *  web page whose content script asked (null for the extension's own pages). That is the
 *  document's real origin, not its URL's: "null" for a sandboxed document (an opaque
 *  origin) or one without any. */
export interface Sender {
  url?: string;
  tabId?: number;
  frameId?: number;
  pageOrigin?: string | null;
}

export type Handlers = {
  [K in RequestKind]: (req: Requests[K]['req'], sender: Sender) => Promise<Requests[K]['res']> | Requests[K]['res'];
};

export async function dispatch(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Sender,
): Promise<ReplyEnvelope | undefined> {
  if (!isRequestEnvelope(message)) return undefined; // not ours: let other listeners answer
  // Own keys only: "toString" or "constructor" is not a request kind, though every object has one.
  const handler = Object.hasOwn(handlers, message.kind) ? (handlers[message.kind] as ((req: unknown, s: typeof sender) => unknown) | undefined) : undefined;
  if (!handler) return { ok: false, error: `Unknown request: ${String(message.kind)}` };
  try {
    const res = await handler(message.req, sender);
    return { ok: true, res } as ReplyEnvelope;
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
