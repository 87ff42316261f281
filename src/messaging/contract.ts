// Every request a context may send to the background, with its answer. The background's
// handler map (src/background/handlers.ts) must cover each kind; anything else gets an
// error reply. Keep this file the one place to read the whole conversation.
import type {
  ArticleSummary,
  EntityType,
  HighlightKind,
  FigureComparison,
  PageAnnotation,
  Quantity,
  SentenceRef,
  TopicScore,
} from '../core/types';
import type {
  ArticleInput,
  ColourScheme,
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
import type { PackedAnnotations } from './packed-annotations';
import type { TrashRestoreAnswer, TrashRow } from './trash-contract';

/** A stored article reference with the sentence that mentions the term. */
export interface CardMention extends SentenceRef {
  article: ArticleSummary;
}

export interface EntityCard {
  id: string | null;
  name: string;
  type: EntityType;
  linked: boolean;
  description: string | null;
  aliases: string[];
  mentions: CardMention[];
  /** Mentions in the page's own stored copy were left out (a saved page quotes itself). */
  savedHere?: boolean;
  related: { id: string; name: string; type: EntityType; count: number }[];
  notes: CardNote[];
}

/** A note on a card; `term`: the page-only name it was written on, now one of the entity's. */
export interface CardNote {
  id: string;
  text: string;
  created: string;
  term?: string;
}

export interface QuantityCard {
  quantity: Quantity;
  comparisons: (FigureComparison & { article: ArticleSummary })[];
}

/** What the background keeps of a page for the popup (storage.session, per tab). */
export interface PageReport {
  url: string;
  title: string;
  topic: TopicScore;
  /** Numbers and dates carry the sentence they stand in, so the popup can compare them (and
   *  the sentence before, where the figure points back at it: "the previous tally …"; and
   *  the text before it in its paragraph, where its owner is looked for, as the card does). */
  annotations: (PageAnnotation & { sentence?: string; before?: string; earlier?: string })[];
  /** The palette the page's marks are drawn in (the popup's colour pickers show it); absent
   *  where its run drew none (off topic). */
  scheme?: ColourScheme;
}

/** What a content script sends when its run ends. It sends no annotations: an on-topic page
 *  names its `run`, and the background fills them in from what it found for that run's
 *  page/annotate requests (of every kind: the popup shows the kinds switched on when it
 *  asks); an off-topic page has none. */
export interface PageReportRequest {
  url: string;
  title: string;
  topic: TopicScore;
  run?: string;
  /** Whether the run drew the page's marks in the light or the dark palette. */
  scheme?: ColourScheme;
}

/** One term of the page as the popup lists it: mentions folded by entity (or by text). */
export interface SummaryTerm {
  entityId: string | null;
  name: string;
  kind: PageAnnotation['kind'];
  linked: boolean;
  /** Mentions on the page. */
  count: number;
  /** A surface form as written on the page, to find it again (tab/reveal). */
  text: string;
}

export interface SummaryNumber {
  text: string;
  kind: 'number' | 'date';
  quantity: Quantity;
  /** The best comparison with a stored figure, if any measures the same thing. */
  verdict: 'agrees' | 'differs' | null;
  reason: string | null;
  stored: { value: string; article: ArticleSummary } | null;
}

export interface RelatedArticle {
  article: ArticleSummary;
  /** 0..1, best first. */
  score: number;
  /** Why: the shared entities (canonical names), most telling first. */
  shared: string[];
}

/** What the popup's "This page" tab shows, built by the background from the tab's report. */
export interface PageSummary {
  url: string;
  title: string;
  topic: TopicScore & { threshold: number };
  /** Linked first, then by count. */
  terms: SummaryTerm[];
  numbers: SummaryNumber[];
  related: RelatedArticle[];
  /** The kinds switched on in Settings when the popup asked (absent: all). The report holds
   *  every kind the page's run found; the page draws only the kinds switched on now (a
   *  change needs no new run), so the popup lists only those too. */
  shown?: HighlightKind[];
  /** The palette the page is drawn in (PageReport's). */
  scheme?: ColourScheme;
}

/** What page/summary answers for a tab whose page is on a site Backstory is turned off on
 *  (settings.offSites): no report is kept or shown for it, only the site, so the popup can
 *  say so and offer to turn it back on (settings/site-on). */
export interface SiteOffAnswer {
  /** The page's host, as settings/site-on takes it. */
  siteOff: string;
  url: string;
}

/** What page/summary answers for a tab whose content script runs on the page but whose
 *  report the background does not hold: the run is still reading ('reading'), or it reported
 *  and the report was let go since ('let-go': storage.session's room, session-room.ts; or a
 *  background that restarted). The popup can ask the page to read again (tab/reread). */
export interface UnreportedAnswer {
  unreported: 'reading' | 'let-go';
  url: string;
}

/** page/summary's answer: the page's summary, its site being off, no report of it held, or
 *  nothing to show. */
export type PageAnswer = PageSummary | SiteOffAnswer | UnreportedAnswer | null;

/** What a hover card is about. The content script stashes it in the background under a
 *  random nonce and opens card.html#<nonce>; the card asks for it back. Nothing of it
 *  passes through the page (on a sandboxed page the content script sends the card its
 *  content instead: card-content.ts). `focus`: the card was opened by keyboard and takes focus. */
export type CardTarget =
  | { kind: 'entity'; entityId: string | null; name: string; type: EntityType; pageUrl: string; focus: boolean }
  | { kind: 'quantity'; quantity: Quantity; sentence: string; before?: string; earlier?: string; pageUrl: string; focus: boolean };

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

export interface Requests {
  /** The topic gate: how much the page (its title and the start of its text) is about the
   *  stored topics, against the threshold moved by the user's sensitivity. */
  'page/topic': {
    /** `text` is the page's first chunk; with `annotate`, an on-topic answer also carries its
     *  annotations (offsets from 0), kept for `run` like page/annotate's — one round trip
     *  and one copy of that text fewer. With `reportUrl` (the top frame's), an off-topic
     *  answer also keeps the page's report for the popup: no page/report after it. */
    req: { title: string; text: string; sensitivity: number; annotate?: boolean; run?: string; reportUrl?: string };
    res: TopicScore & { first?: PackedAnnotations };
  };
  /** Annotations of one slice of a page's text, offsets counted from `base`. Matching runs
   *  in the background, off the page's thread: the page only reads its text and draws. */
  'page/annotate': { req: { text: string; base: number; run?: string }; res: PackedAnnotations };
  'card/entity': { req: { entityId: string | null; name: string; type: EntityType; pageUrl: string }; res: EntityCard };
  /** `before`: the sentence before the figure's, for a figure that points back at it;
   *  `earlier`: the text before it (its paragraph's, and the paragraphs before in reach),
   *  where whose figure it is is looked for when its sentence does not say (paragraphBefore). */
  'card/quantity': { req: { quantity: Quantity; sentence: string; before?: string; earlier?: string; pageUrl: string }; res: QuantityCard };
  'page/report': { req: PageReportRequest; res: null };
  /** Content → background: the top frame's run found Backstory off on its site. The tab's
   *  report (of the page as it was before) and what its run gathered go: the popup must not
   *  list terms no longer drawn on the page. */
  'page/site-off': { req: { url: string }; res: null };
  /** Popup → background: the summary of what the content script found in tab `tabId` (or
   *  'active': the last focused window's active tab); a SiteOffAnswer when the tab's page is
   *  on a site Backstory is off on; an UnreportedAnswer when the page's run has not reported
   *  or its report was let go; null when there is nothing to show (not a web page, no
   *  content script of ours). */
  'page/summary': { req: { tabId: number | 'active' }; res: PageAnswer };
  /** Content → background: keep a card target, get the nonce to open the card with. */
  'card/stash': { req: CardTarget; res: { nonce: string } };
  /** Card → background: the target stashed under the nonce (null when unknown or expired). */
  'card/target': { req: { nonce: string }; res: CardTarget | null };
  /** Content → background, Firefox only: the frame's import() of content-more.js failed (a
   *  sandboxed document in Firefox before 153); inject its classic copy into that frame, which
   *  leaves its exports for the content script (src/content/more-loader.ts). Answers once it ran. */
  'page/inject-more': { req: Record<string, never>; res: null };
  /** Content → background, Firefox only: the frame has marks in shadow roots, which the
   *  document's sheets do not reach; put its highlight rules in as user sheets scoped to
   *  shadow trees (src/background/shadow-sheet.ts). `css`: the run's adopted colour rules
   *  now (settings-colours.ts; '' for none), in place of `was`; without `was` the frame has
   *  none yet, and content.css's rules go in first. */
  'page/shadow-sheet': { req: { css: string; was?: string }; res: null };

  // ── Store: notes, library, settings, backup (src/background/store-handlers.ts) ──
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

export type RequestKind = keyof Requests;
