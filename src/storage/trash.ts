// "Recently deleted": every delete of a note or an article keeps the record here, in the
// delete's own transaction, for TRASH_DAYS and at most the TRASH_KEEP newest. What is older
// goes when the next delete is written (no timers: a background may sleep for days). The
// list shows only what is within TRASH_DAYS of now, so an entry past it is never offered.
import type { Note, StoredArticle } from '../core/records';
import type { Store, WriteTx } from './db';
import type { StoreName, TrashEntry } from './schema';

export const TRASH_DAYS = 30;
export const TRASH_KEEP = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

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

/** Keep `record` as deleted at `stamp.at`, then drop what is past the cutoff or beyond the
 *  newest TRASH_KEEP. Runs in the delete's transaction, which must include 'trash'. */
export async function putInTrash(tx: WriteTx<StoreName[]>, record: TrashedRecord, stamp: TrashStamp): Promise<void> {
  const store = tx.objectStore('trash');
  const recordId = record.kind === 'note' ? record.note.id : record.article.id;
  await store.put({ ...record, id: stamp.id, recordId, deletedAt: stamp.at });
  const cutoff = trashCutoff(stamp.at);
  let count = await store.count();
  // Oldest first; keys only, so an article's text is not read to drop it.
  for (let c = await store.index('byDeletedAt').openKeyCursor(); c; c = await c.continue()) {
    if (count <= TRASH_KEEP && c.key >= cutoff) break;
    await store.delete(c.primaryKey);
    count -= 1;
  }
}

/** An undo of a delete took `recordId` back: its newest entry goes with it (the same
 *  transaction as the restore, which must include 'trash'). */
export async function dropTrashOf(tx: WriteTx<StoreName[]>, kind: TrashEntry['kind'], recordId: string): Promise<void> {
  const store = tx.objectStore('trash');
  const held = (await store.index('byRecord').getAll(recordId)).filter((e) => e.kind === kind);
  const newest = held.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))[0];
  if (newest) await store.delete(newest.id);
}

/** What was deleted within TRASH_DAYS of `now`, newest first. */
export async function listTrash(db: Store, now: string): Promise<TrashEntry[]> {
  const kept = await db.getAllFromIndex('trash', 'byDeletedAt', IDBKeyRange.lowerBound(trashCutoff(now)));
  return kept.reverse();
}

export async function emptyTrash(db: Store): Promise<void> {
  await db.clear('trash');
}
