// "Recently deleted": list what notes/delete and library/delete kept (storage/trash.ts), put
// one back, or empty it. A restore answers as an undo does, after the same rebuild or
// broadcast; createStoreHandlers passes those in, so both stay in one place.
import type { Note } from '../core/records';
import type { LibraryChange } from '../messaging/contract';
import type { Handlers } from '../messaging/handle';
import type { TrashRow } from '../messaging/trash-contract';
import type { AddResult } from '../storage/articles';
import type { Store } from '../storage/db';
import type { TrashEntry } from '../storage/schema';
import { emptyTrash, listTrash } from '../storage/trash';
import { restoreFromTrash } from '../storage/trash-restore';

export interface TrashDeps {
  db: () => Promise<Store>;
  now: () => string;
  newId: () => string;
  /** After a note went back: open tabs re-anchor their highlights. */
  notesChanged: <T>(result: T) => Promise<T>;
  /** After an article went back: the rebuild, and the answer library/restore gives. */
  libraryChange: (result: AddResult) => Promise<LibraryChange>;
}

/** A row is a line in the popup: a long note or title is cut there, not here. */
function noteRow(note: Note): { title: string; detail?: string } {
  const quote = note.target.selector?.[0].exact.trim();
  const text = note.body.value.trim();
  const detail = text ? quote || note.backstory.pageTitle : note.backstory.pageTitle;
  return { title: text || quote || '(empty note)', ...(detail && { detail }) };
}

export function trashRow(entry: TrashEntry): TrashRow {
  const shown = entry.kind === 'note' ? noteRow(entry.note) : { title: entry.article.title, ...(entry.article.source && { detail: entry.article.source }) };
  return { id: entry.id, kind: entry.kind, recordId: entry.recordId, deletedAt: entry.deletedAt, ...shown };
}

export function createTrashHandlers(deps: TrashDeps): Pick<Handlers, 'trash/list' | 'trash/restore' | 'trash/empty'> {
  return {
    'trash/list': async () => (await listTrash(await deps.db(), deps.now())).map(trashRow),
    'trash/restore': async (req) => {
      if (typeof req.id !== 'string') throw new Error('id: expected text');
      const back = await restoreFromTrash(await deps.db(), req.id, deps.newId);
      if (!back) return null;
      if (back.kind === 'article') return { kind: 'article', article: await deps.libraryChange(back.article) };
      return { kind: 'note', note: 'restored' in back.note ? await deps.notesChanged(back.note) : back.note };
    },
    'trash/empty': async () => {
      await emptyTrash(await deps.db());
      return null;
    },
  };
}
