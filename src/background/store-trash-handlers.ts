// "Recently deleted": list what notes/delete and library/delete kept (storage/trash.ts), put
// one back, or empty it. A restore answers as an undo does, after the same rebuild or
// broadcast; createStoreHandlers passes those in, so both stay in one place.
import type { LibraryChange } from '../messaging/contract';
import type { Handlers } from '../messaging/handle';
import type { TrashRow } from '../messaging/trash-contract';
import type { AddResult } from '../storage/articles';
import type { Store } from '../storage/db';
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

export function createTrashHandlers(deps: TrashDeps): Pick<Handlers, 'trash/list' | 'trash/restore' | 'trash/empty'> {
  return {
    // The rows as stored beside each entry at delete time (storage/trash-summary.ts).
    'trash/list': async (): Promise<TrashRow[]> => listTrash(await deps.db(), deps.now()),
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
