// Send a typed request to a tab's content script (its top frame) and unwrap the reply.
// A tab without Backstory's content script (a browser page, the web store, a page opened
// before the extension was installed) has no receiver: that comes back as a
// TabUnavailableError, so the popup can say "not available on this page" instead of
// showing the browser's own wording.
import { tabs } from '../platform/popup-api';
import type { TabReplyEnvelope, TabRequestEnvelope, TabRequestKind, TabRequests } from './tab-contract';

export class TabUnavailableError extends Error {
  override name = 'TabUnavailableError';
  constructor() {
    super('Backstory is not available on this page (it runs on web pages; reload the page if it was open before Backstory started).');
  }
}

export async function sendTab<K extends TabRequestKind>(tabId: number, kind: K, req: TabRequests[K]['req']): Promise<TabRequests[K]['res']> {
  const envelope: TabRequestEnvelope<K> = { backstoryTab: 1, kind, req };
  let reply: TabReplyEnvelope<K> | undefined;
  try {
    reply = (await tabs.sendMessage(tabId, envelope, 0)) as TabReplyEnvelope<K> | undefined;
  } catch {
    // "Could not establish connection. Receiving end does not exist." and its Firefox twin.
    throw new TabUnavailableError();
  }
  if (!reply || typeof reply !== 'object') throw new TabUnavailableError();
  if (!reply.ok) throw new Error(reply.error);
  return reply.res;
}
