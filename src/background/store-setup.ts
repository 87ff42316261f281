// The store as the running background uses it: one lazily opened IndexedDB connection,
// the store-backed knowledge source, and the store's handler map. main.ts makes the
// knowledge source the current one with useStoreKnowledge(); handlers.ts spreads
// storeHandlers into the map of every request.
import { openStore, type Store } from '../storage/db';
import { clearKnowledgeCache } from '../storage/knowledge-cache';
import type { CardNote } from '../messaging/contract';
import { ext } from '../platform/background-api';
import { articleFindings, bundledArticles, buildFromArticles, useKnowledgeSource } from './knowledge-source';
import { forgetTabReport } from './annotator-handlers';
import { createStoreHandlers, entityNotes, type TabMessage } from './store-handlers';
import { createStoreKnowledgeSource } from './store-knowledge-source';

let opening: Promise<Store> | null = null;

/** The one connection; reopened if opening failed or the browser closed it. */
export function storeDb(): Promise<Store> {
  if (!opening) {
    const p = openStore(undefined, undefined, () => {
      if (opening === p) opening = null;
    });
    opening = p;
    p.catch(() => {
      if (opening === p) opening = null;
    });
  }
  return opening;
}

/** Every tab's content scripts; a tab without one (a browser page) just has no listener. */
async function broadcast(message: TabMessage): Promise<void> {
  const tabs = await ext.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : ext.tabs.sendMessage(t.id, message).catch(() => undefined))));
}

export const storeKnowledge = createStoreKnowledgeSource({
  db: storeDb,
  loadBundled: bundledArticles,
  build: buildFromArticles,
  findings: articleFindings,
  tag: ext.runtime.version(),
});

/** Call synchronously at the top of main.ts (it registers a listener). */
export function useStoreKnowledge(): void {
  useKnowledgeSource(storeKnowledge);
  // Install, update, and reloading an unpacked build: the code that builds the knowledge
  // may have changed while the version did not, so the cache goes; then the knowledge is
  // built at once. (A warm-up of its own beside this one was thrown away by invalidate(),
  // and the first page's request built the whole library a second time.)
  ext.runtime.onInstalled.addListener(() => {
    void storeDb()
      .then(clearKnowledgeCache)
      .then(() => {
        storeKnowledge.invalidate();
        return storeKnowledge.get();
      })
      .catch((err: unknown) => console.error('Backstory: building the knowledge after an install or update failed', err));
  });
}

export const storeHandlers = createStoreHandlers({ db: storeDb, knowledge: storeKnowledge, broadcast, pageStarted: forgetTabReport });

/** Notes on an entity for its hover card (card-handlers fills EntityCard.notes with it):
 *  made on `entityId`, or written on one of `names`. */
export async function notesForCard(entityId: string | null, names: readonly string[], origin: string | null): Promise<CardNote[]> {
  return entityNotes(await storeDb(), entityId, origin, undefined, names);
}
