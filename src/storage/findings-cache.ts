// Per-article findings kept across worker restarts (see FindingsRecord). Only a cache: a
// record is used only for the same article hash, lexicon and build tag (the caller's
// ArticleCache checks the hash, this file the tag and lexicon), and a lost or failed write
// just means those articles are read again.
import type { CacheChanges, CacheEntry } from '../core/article-cache';
import type { ArticleFindings } from '../core/knowledge';
import { inTransaction, type Store } from './db';
import type { FindingsRecord } from './schema';

export interface KeptFindings {
  lexiconKey: string;
  entries: CacheEntry<ArticleFindings>[];
}

/** The records this release wrote, for the lexicon most of them were found with (one, unless
 *  a write was cut off while the lexicon changed). Null when there are none. */
export async function readFindings(db: Store, tag: string): Promise<KeptFindings | null> {
  const byLexicon = new Map<string, CacheEntry<ArticleFindings>[]>();
  for (const r of await db.getAll('findings')) {
    if (r.tag !== tag) continue;
    let list = byLexicon.get(r.lexiconKey);
    if (!list) byLexicon.set(r.lexiconKey, (list = []));
    list.push({ id: r.id, hash: r.hash, value: r.findings });
  }
  let best: KeptFindings | null = null;
  for (const [lexiconKey, entries] of byLexicon) if (!best || entries.length > best.entries.length) best = { lexiconKey, entries };
  return best;
}

/** Write what one build changed, in one transaction (all of it or none). */
export async function writeFindings(db: Store, tag: string, changes: CacheChanges<ArticleFindings>): Promise<void> {
  if (!changes.made.length && !changes.dropped.length) return;
  await inTransaction(db, ['findings'], async (tx) => {
    const store = tx.objectStore('findings');
    const made = new Set(changes.made.map((e) => e.id));
    // Requests are queued together and awaited once: one at a time would wait a round trip each.
    const writes: Promise<unknown>[] = changes.dropped.filter((id) => !made.has(id)).map((id) => store.delete(id));
    for (const e of changes.made) {
      const record: FindingsRecord = { id: e.id, hash: e.hash, lexiconKey: changes.lexiconKey, tag, findings: e.value };
      writes.push(store.put(record));
    }
    await Promise.all(writes);
  });
}
