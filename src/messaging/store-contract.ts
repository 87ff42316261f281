// The store's requests: notes, library, "Recently deleted", settings, backup
// (src/background/store-handlers.ts and its siblings). Part of the background's
// conversation; contract.ts gathers the whole of it.
import type {
  ArticleInput,
  ExportFile,
  ExportFormat,
  ImportOutcome,
  LibraryEntry,
  Note,
  NoteDraft,
  NoteQuery,
  NoteRestore,
  Settings,
  SettingsPatch,
  StoredArticle,
} from '../core/records';
import type { Snippet } from '../core/library-search-snippet';
import type { NoteEditorDraft } from '../core/note-drafts';
import type { TrashRestoreAnswer, TrashRow } from './trash-contract';

/** What library/add and library/restore answer: the articles that went in (one whose id
 *  another article holds gets a free id) and those left out as already in the library. */
export interface LibraryChange {
  added: LibraryEntry[];
  skipped: { title: string; reason: 'same-url' | 'same-text' }[];
  /** The articles are stored, but what runs after the write (the rebuild) failed: says so. */
  notice?: string;
}

/** Why a library search found an article when its title and source do not say: the names
 *  (of entities it mentions) that matched, or a sentence of its text with the words marked. */
export type LibraryMatch = { names: string[] } | { snippet: Snippet };

/** A library row; `match` only in the answer to a search. */
export type LibraryHitEntry = LibraryEntry & { match?: LibraryMatch };

export interface StoreRequests {
  /** Notes newest first, filtered by scope and a case-insensitive search over text and quote. */
  'notes/list': { req: NoteQuery; res: Note[] };
  'notes/create': { req: NoteDraft; res: Note };
  /** Change the text (and, after re-anchoring, the selector) of a note. */
  'notes/update': { req: { id: string; text?: string; selector?: Note['target']['selector'] }; res: Note };
  /** Returns the deleted note so the UI can offer undo through notes/restore; the note is
   *  kept in "Recently deleted" too (trash/*), until notes/restore takes it back. */
  'notes/delete': { req: { id: string }; res: Note | null };
  /** Undo of a delete, checked like an import's note: under a new id if another note took
   *  its id meanwhile; not put back (and said so) if the same note is stored again. */
  'notes/restore': { req: Note; res: NoteRestore };
  /** The popup's unsaved note on the page at `pageUrl` (src/background/draft-handlers.ts). */
  'notes/draft-get': { req: { pageUrl: string }; res: NoteEditorDraft | null };
  /** The popup's unsaved note on the page tab `tabId` shows ('active': the toolbar popup's
   *  tab), with that page's address; null when there is none. Asked with page/summary, so
   *  the popup can open on Notes with it without waiting to learn the page's address. */
  'notes/draft-for-tab': { req: { tabId: number | 'active' }; res: { pageUrl: string; draft: NoteEditorDraft } | null };
  /** Keep the popup's unsaved note on a page as it is typed; null (or a blank text) forgets it. */
  'notes/draft-keep': { req: { pageUrl: string; draft: NoteEditorDraft | null }; res: null };
  /** Stored articles, newest first. `query`: every word must start a word of the title or
   *  source, of a name the article mentions, or of its text (case and accents aside); title
   *  and source hits come first, then name hits, then text hits, each newest first. */
  'library/list': { req: { query?: string; offset?: number; limit?: number }; res: { total: number; entries: LibraryHitEntry[] } };
  /** Validated, deduped by URL and by text hash; the knowledge index is rebuilt and open
   *  tabs are told to refetch the matcher. */
  'library/add': { req: { articles: ArticleInput[] }; res: LibraryChange };
  /** Returns the deleted article so the UI can offer undo through library/restore; kept in
   *  "Recently deleted" too, as a deleted note is. */
  'library/delete': { req: { id: string }; res: StoredArticle | null };
  /** Undo of a delete, checked like library/add: under a free id if another article took
   *  its id meanwhile; skipped (and said so) if the same URL or text was added meanwhile. */
  'library/restore': { req: StoredArticle; res: LibraryChange };
  /** "Recently deleted" (store-trash-handlers.ts): what was deleted in the last 30 days
   *  (at most the 200 newest), newest first. Not in backups; emptied by store/wipe. */
  'trash/list': { req: Record<string, never>; res: TrashRow[] };
  /** Put entry `id` back, checked as an undo is, and take it off the list; null: gone. */
  'trash/restore': { req: { id: string }; res: TrashRestoreAnswer | null };
  'trash/empty': { req: Record<string, never>; res: null };
  'settings/get': { req: Record<string, never>; res: Settings };
  /** A page run's first request: the settings and, for `pageUrl` (the top frame), that
   *  page's notes (null without it): one message where there were two. */
  'page/start': { req: { pageUrl?: string }; res: { settings: Settings; notes: Note[] | null } };
  /** Merge the given fields (per-kind maps may be partial) into the stored settings; answers the result. */
  'settings/set': { req: SettingsPatch; res: Settings };
  /** "Turn off on this site": adds `host` to offSites (a web page may name only its own). */
  'settings/site-off': { req: { host: string }; res: Settings };
  /** The popup's "on again": takes `host` (any case) off offSites, in the same transaction
   *  as it reads them. Not open to web pages. */
  'settings/site-on': { req: { host: string }; res: Settings };
  /** A file larger than one part (src/messaging/backup-parts.ts) comes with its first part
   *  as `text` and `paged`: the rest is asked for with backup/export-part. */
  'backup/export': { req: { format: ExportFormat }; res: ExportFile & { paged?: { id: string; parts: number; length: number } } };
  /** Part `index` (from 1) of a paged export; the background drops it once all are read. */
  'backup/export-part': { req: { id: string; index: number }; res: { text: string } };
  /** One part of a file too large for one message, held for `backup/import { staged: id }`. */
  'backup/import-part': { req: { id: string; index: number; count: number; text: string }; res: null };
  /** Validate first; on any error nothing changes and `errors` says what and where.
   *  `skipInvalid`: a backup whose frame and version hold but some of whose records do not
   *  goes in without those (still one transaction, and the report counts them); a file
   *  with no valid record is still refused. Without it, `skippable` says what it would take.
   *  `staged`: the file was sent in parts (backup/import-part) under that id. */
  'backup/import': { req: ({ text: string } | { staged: string }) & { skipInvalid?: boolean }; res: ImportOutcome };
  /** Empties the store (notes, articles, settings); guarded by an explicit confirmation. */
  'store/wipe': { req: { confirm: 'wipe-everything' }; res: null };
}
