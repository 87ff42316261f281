// "Recently deleted": every delete of a note or an article keeps the record here, in the
// delete's own transaction, for TRASH_DAYS and at most the TRASH_KEEP newest. What is older
// goes when the next delete is written (no timers: a background may sleep for days). The
// list shows only what is within TRASH_DAYS of now, so an entry past it is never offered.
// Each entry is two records under one id: the deleted record ('trash', read only to put it
// back) and the line the list shows ('trashRows', storage/trash-summary.ts), so neither
// listing nor pruning reads an article's text. Both are written and deleted together.
import type { Note, StoredArticle } from '../core/records';
import { inTransaction, type Store, type WriteTx } from './db';
import type { StoreName, TrashEntry, TrashSummary } from './schema';
import { trashSummary } from './trash-summary';

export const TRASH_DAYS = 30;
export const TRASH_KEEP = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The stores a transaction that keeps or drops an entry must include. */
export const TRASH_STORES = ['trash', 'trashRows'] as const satisfies readonly StoreName[];

/** Who deleted and when: the entry's id and the time. */
export interface TrashStamp {
  id: string;
  at: string;
}

export type TrashedRecord = { kind: 'note'; note: Note } | { kind: 'article'; article: StoredArticle };

/** The oldest time still kept at `now`: an ISO string, compared as the stored ones are. */
export function trashCutoff(now: string): string {
  return new Date(Date.parse(now) - TRASH_DAYS * DAY_MS).toISOString();
}

/** Drop entry `id`, both of its records. */
export async function dropEntry(tx: WriteTx<StoreName[]>, id: string): Promise<void> {
  await tx.objectStore('trash').delete(id);
  await tx.objectStore('trashRows').delete(id);
}

/** Keep `record` as deleted at `stamp.at`, then drop what is past the cutoff or beyond the
 *  newest TRASH_KEEP. Runs in the delete's transaction, which must include TRASH_STORES. */
export async function putInTrash(tx: WriteTx<StoreName[]>, record: TrashedRecord, stamp: TrashStamp): Promise<void> {
  const recordId = record.kind === 'note' ? record.note.id : record.article.id;
  const entry: TrashEntry = { ...record, id: stamp.id, recordId, deletedAt: stamp.at };
  await tx.objectStore('trash').put(entry);
  const rows = tx.objectStore('trashRows');
  await rows.put(trashSummary(entry));
  const cutoff = trashCutoff(stamp.at);
  let count = await rows.count();
  // Oldest first; keys only.
  for (let c = await rows.index('byDeletedAt').openKeyCursor(); c; c = await c.continue()) {
    if (count <= TRASH_KEEP && c.key >= cutoff) break;
    await dropEntry(tx, c.primaryKey);
    count -= 1;
  }
}

/** An undo of a delete took `recordId` back: its newest entry goes with it (the same
 *  transaction as the restore, which must include TRASH_STORES). */
export async function dropTrashOf(tx: WriteTx<StoreName[]>, kind: TrashEntry['kind'], recordId: string): Promise<void> {
  const held = (await tx.objectStore('trashRows').index('byRecord').getAll(recordId)).filter((e) => e.kind === kind);
  const newest = held.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))[0];
  if (newest) await dropEntry(tx, newest.id);
}

/** The rows of what was deleted within TRASH_DAYS of `now`, newest first. */
export async function listTrash(db: Store, now: string): Promise<TrashSummary[]> {
  const kept = await db.getAllFromIndex('trashRows', 'byDeletedAt', IDBKeyRange.lowerBound(trashCutoff(now)));
  return kept.reverse();
}

export async function emptyTrash(db: Store): Promise<void> {
  await inTransaction(db, [...TRASH_STORES], async (tx) => {
    for (const name of TRASH_STORES) await tx.objectStore(name).clear();
  });
}
