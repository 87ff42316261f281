// The cached knowledge: read it only when it was built from the library as it is now
// (same generation), write it only if the library did not change while it was built.
import type { KnowledgeCacheRecord } from './schema';
import { CACHED_GENERATION_KEY, GENERATION_KEY } from './schema';
import { inTransaction, type Store } from './db';

export async function readKnowledgeCache(db: Store, tag: string): Promise<KnowledgeCacheRecord | null> {
  const tx = db.transaction(['knowledge', 'meta'], 'readonly');
  const meta = tx.objectStore('meta');
  const [generation, cachedGeneration] = await Promise.all([meta.get(GENERATION_KEY), meta.get(CACHED_GENERATION_KEY)]);
  // The record is tens of MB with a large library: read it only when it can be used.
  const record = cachedGeneration === (generation ?? 0) ? await tx.objectStore('knowledge').get(tag) : undefined;
  await tx.done;
  return record && record.generation === (generation ?? 0) ? record : null;
}

/** True when written; false when the library moved on meanwhile (the caller rebuilds). */
export async function writeKnowledgeCache(db: Store, record: KnowledgeCacheRecord): Promise<boolean> {
  return inTransaction(db, ['knowledge', 'meta'], async (tx) => {
    const generation = (await tx.objectStore('meta').get(GENERATION_KEY)) ?? 0;
    if (generation !== record.generation) return false;
    const store = tx.objectStore('knowledge');
    await store.clear(); // one build at a time: an older release's cache goes
    await store.put(record, record.tag);
    await tx.objectStore('meta').put(record.generation, CACHED_GENERATION_KEY);
    return true;
  });
}

/** Drop the caches: the knowledge, the per-article findings and the search's text index (a
 *  new build of the extension may build them differently, even under the same version). */
export async function clearKnowledgeCache(db: Store): Promise<void> {
  await inTransaction(db, ['knowledge', 'findings', 'search'], async (tx) => {
    await Promise.all([tx.objectStore('knowledge').clear(), tx.objectStore('findings').clear(), tx.objectStore('search').clear()]);
  });
}
