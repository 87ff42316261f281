// Per-article findings kept across worker restarts, in FINDINGS_BUCKETS chunks (see
// FindingsChunk). Only a cache: an entry is used only for the same build tag, lexicon and
// article hash (the caller's ArticleCache checks all three, by core/kept-entry's rule), and a
// lost or failed write just means those articles are read again.
import type { CacheEntry, KeptCacheEntry } from '../core/article-cache';
import type { ArticleFindings } from '../core/knowledge';
import { fnv1a } from '../core/knowledge';
import { inTransaction, type Store } from './db';
import { FINDINGS_BUCKETS, type FindingsChunk } from './schema';

/** The chunk an article's findings go to. */
export const bucketOf = (id: string): number => Number.parseInt(fnv1a([id]), 16) % FINDINGS_BUCKETS;

/** Every kept entry, with the release and lexicon its chunk was written under (whether it
 *  still holds is the reader's question: it alone knows the lexicon and the texts now). */
export async function readFindings(db: Store): Promise<KeptCacheEntry<ArticleFindings>[]> {
  const entries: KeptCacheEntry<ArticleFindings>[] = [];
  for (const chunk of await db.getAll('findings')) {
    // An entry filed in the wrong chunk (never written so) would outlive its article's delete.
    for (const e of chunk.entries) if (bucketOf(e.id) === chunk.bucket) entries.push({ id: e.id, hash: e.hash, value: e.findings, tag: chunk.tag, lexiconKey: chunk.lexiconKey });
  }
  return entries;
}

/** Rewrite the chunks `buckets` from `entries` (every entry the cache holds: each chunk
 *  written is whole), in one transaction: all of it or none. An empty chunk is deleted. */
export async function writeFindings(db: Store, tag: string, lexiconKey: string, buckets: ReadonlySet<number>, entries: readonly CacheEntry<ArticleFindings>[]): Promise<void> {
  if (!buckets.size) return;
  const chunks = new Map<number, FindingsChunk>();
  for (const b of buckets) chunks.set(b, { bucket: b, tag, lexiconKey, entries: [] });
  for (const e of entries) chunks.get(bucketOf(e.id))?.entries.push({ id: e.id, hash: e.hash, findings: e.value });
  await inTransaction(db, ['findings'], async (tx) => {
    const store = tx.objectStore('findings');
    // Queued together and awaited once: one at a time would wait a round trip each.
    await Promise.all([...chunks.values()].map((c) => (c.entries.length ? store.put(c) : store.delete(c.bucket))));
  });
}
