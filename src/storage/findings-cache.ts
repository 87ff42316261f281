// Per-article findings kept across worker restarts, in FINDINGS_BUCKETS chunks (see
// FindingsChunk). Only a cache: an entry is used only for the same build tag, lexicon and
// article hash (the caller's ArticleCache checks all three, by core/kept-entry's rule), and a
// lost or failed write just means those articles are read again. Kept in core/findings-kept's
// form (each sentence once per article); a chunk in another form is not misread but handed on
// as stale, so the next build reads its articles again and rewrites (or deletes) the chunk.
import type { CacheEntry, KeptCacheEntry } from '../core/article-cache';
import { FINDINGS_FORMAT, keepFindings, readKeptFindings } from '../core/findings-kept';
import type { ArticleFindings } from '../core/knowledge';
import { fnv1a } from '../core/knowledge';
import { inTransaction, type Store } from './db';
import { FINDINGS_BUCKETS, type FindingsChunk } from './schema';

/** The chunk an article's findings go to. */
export const bucketOf = (id: string): number => Number.parseInt(fnv1a([id]), 16) % FINDINGS_BUCKETS;

/** Stands for an entry that cannot be read (another form): never used, as its tag never
 *  matches a release's. */
const UNREADABLE: ArticleFindings = { located: [], facts: [], length: 0 };
const staleTag = (tag: string): string => `${tag} (unreadable)`;

/** Every kept entry, with the release and lexicon its chunk was written under (whether it
 *  still holds is the reader's question: it alone knows the lexicon and the texts now). An
 *  entry that cannot be read comes with a tag no release has, so the cache drops it. */
export async function readFindings(db: Store): Promise<KeptCacheEntry<ArticleFindings>[]> {
  const entries: KeptCacheEntry<ArticleFindings>[] = [];
  for (const chunk of await db.getAll('findings')) {
    const current = chunk.format === FINDINGS_FORMAT;
    for (const e of chunk.entries) {
      // An entry filed in the wrong chunk (never written so) would outlive its article's delete.
      if (bucketOf(e.id) !== chunk.bucket) continue;
      const value = current ? readKeptFindings(e.kept) : null;
      entries.push({ id: e.id, hash: e.hash, value: value ?? UNREADABLE, tag: value ? chunk.tag : staleTag(chunk.tag), lexiconKey: chunk.lexiconKey });
    }
  }
  return entries;
}

/** Rewrite the chunks `buckets` from `entries` (every entry the cache holds: each chunk
 *  written is whole), in one transaction: all of it or none. An empty chunk is deleted. */
export async function writeFindings(db: Store, tag: string, lexiconKey: string, buckets: ReadonlySet<number>, entries: readonly CacheEntry<ArticleFindings>[]): Promise<void> {
  if (!buckets.size) return;
  const chunks = new Map<number, FindingsChunk>();
  for (const b of buckets) chunks.set(b, { bucket: b, tag, lexiconKey, format: FINDINGS_FORMAT, entries: [] });
  for (const e of entries) chunks.get(bucketOf(e.id))?.entries.push({ id: e.id, hash: e.hash, kept: keepFindings(e.value) });
  await inTransaction(db, ['findings'], async (tx) => {
    const store = tx.objectStore('findings');
    // Queued together and awaited once: one at a time would wait a round trip each.
    await Promise.all([...chunks.values()].map((c) => (c.entries.length ? store.put(c) : store.delete(c.bucket))));
  });
}
