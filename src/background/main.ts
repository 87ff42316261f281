// Background (Chrome: MV3 service worker; Firefox: event page). Starts, in order:
//   1. the message listener: every typed request → handlers.ts (annotator, card, …)
//   2. keyboard commands → the active tab's content script (commands.ts)
//   3. on install/start, a warm-up build of the knowledge so the first page is fast
//
// The worker may stop whenever it is idle. Nothing here keeps state in variables that
// matters after a stop: knowledge is rebuilt on demand (knowledge-source.ts), card targets
// and page reports live in storage.session. Listeners are registered synchronously at top
// level so a restarted worker receives the event that woke it.
import { isRequestEnvelope } from '../messaging/envelope';
import { dispatch } from '../messaging/handle';
import { ext, type MessageSender } from '../platform/background-api';
import { initCommands } from './commands';
import { handlers } from './handlers';
import { pageRequestRefusal, senderOrigin } from './page-senders';
import { currentKnowledge } from './knowledge-source';
import { useStoreKnowledge } from './store-setup';

const ownPages = ext.runtime.getURL('');

ext.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
  // Not a Backstory envelope: return nothing (not a promise), so other listeners may answer.
  if (!isRequestEnvelope(message)) return undefined;
  // A web page's content script asks only what the page side needs (page-senders.ts).
  const fromPage = sender.url === undefined || !sender.url.startsWith(ownPages);
  const page = { url: sender.url, origin: sender.origin };
  const refusal = fromPage ? pageRequestRefusal(message, page) : null;
  if (refusal !== null) return Promise.resolve({ ok: false, error: refusal });
  return dispatch(handlers, message, { url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId, pageOrigin: fromPage ? senderOrigin(page) : null });
});

initCommands();
// The knowledge comes from the store (IndexedDB): seeded on first run, cached after.
useStoreKnowledge();

// A browser start warms the knowledge (install and update do it in useStoreKnowledge).
ext.runtime.onStartup.addListener(() => {
  currentKnowledge().catch((err: unknown) => console.error('Backstory: building the knowledge failed', err));
});
