// The shapes of "Recently deleted" as the popup sees it (trash/* in contract.ts): a row per
// deleted note or article, and what putting one back did.
import type { NoteRestore } from '../core/records';
import type { LibraryChange } from './contract';

/** One deleted record, as stored at delete time (storage/trash-summary.ts). `title`: an
 *  article's title, or a note's text (its quote when it has no text); `detail`: an
 *  article's source, or a note's quote or page title; each cut to 200 characters. */
export interface TrashRow {
  id: string;
  kind: 'note' | 'article';
  /** The note's or article's own id (a restore may give it another). */
  recordId: string;
  title: string;
  detail?: string;
  deletedAt: string;
}

/** What trash/restore did: a note's restore (under a new id if another took its id; skipped
 *  if the same note is stored again), or an article's, as library/restore answers it. */
export type TrashRestoreAnswer = { kind: 'note'; note: NoteRestore } | { kind: 'article'; article: LibraryChange };
