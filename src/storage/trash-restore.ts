// Putting back an entry of "Recently deleted": through the checks an undo makes (a note or
// article that took its id meanwhile keeps it, a second copy is not stored), and the entry
// goes in the same transaction, whether the record went back or was already there.
import type { NoteRestore } from '../core/records';
import { addArticlesIn, type AddResult } from './articles';
import { inTransaction, type Store } from './db';
import { putBackNote } from './notes';
import { dropEntry, TRASH_STORES } from './trash';

export type TrashRestore = { kind: 'note'; note: NoteRestore } | { kind: 'article'; article: AddResult };

/** Null when there is no entry `id` (restored or emptied already). */
export async function restoreFromTrash(db: Store, id: string, newId: () => string): Promise<TrashRestore | null> {
  return inTransaction(db, [...TRASH_STORES, 'notes', 'articles', 'meta'], async (tx) => {
    const entry = await tx.objectStore('trash').get(id);
    if (!entry) return null;
    await dropEntry(tx, id);
    if (entry.kind === 'note') return { kind: 'note', note: await putBackNote(tx, entry.note, newId) };
    return { kind: 'article', article: await addArticlesIn(tx, [entry.article]) };
  });
}
