// Requests the popup sends to a tab's content script (its top frame) with
// tabs.sendMessage, and the shapes they answer with. The background's own pushes to tabs
// (matcher-changed, settings-changed, notes-changed) are TabMessage in
// src/background/store-handlers.ts. Keep the whole popup ↔ page conversation here.
import type { HighlightKind, TextPositionSelector, TextQuoteSelector } from '../core/types';
import { isMarkedEnvelope, type Reply } from './envelope';

/** One term of the page as the popup names it (a SummaryTerm's entityId, surface text and
 *  kind): matched by entityId when given, else by kind + surface text; `occurrence` counts
 *  its mentions from 0 (the default: the first). */
export interface TermRef {
  entityId: string | null;
  text: string;
  kind: HighlightKind;
  occurrence?: number;
}

export interface TabRequests {
  /** Scroll to the term's `occurrence`-th highlighted mention and open its card with focus. */
  'tab/reveal': { req: TermRef; res: { found: boolean } };
  /** The current text selection in the page as W3C selectors over the page's visible text
   *  (the same text the annotator reads), or null when nothing is selected. */
  'tab/selection': { req: Record<string, never>; res: { selector: [TextQuoteSelector, TextPositionSelector] } | null };
  /** The term's `occurrence`-th mention as the same selectors tab/selection gives, so a
   *  name found only on this page can be noted like selected text: its highlighted mention
   *  on an on-topic page, its text on one off topic (no run, no highlights). Null when the
   *  page no longer holds it. */
  'tab/mention-selector': { req: TermRef; res: { selector: [TextQuoteSelector, TextPositionSelector] } | null };
  /** The page's serialised HTML for "save this page" (the popup runs Readability on it, so
   *  the content script stays small). */
  'tab/page-html': { req: Record<string, never>; res: { url: string; title: string; html: string } };
  /** Which of this page's selection notes were found in the text (highlighted under
   *  backstory-note) and which could not be (orphans). */
  'tab/note-status': { req: Record<string, never>; res: { anchored: string[]; orphaned: string[] } };
  /** The address of the page the content script runs on: the background asks it to tell a
   *  tab's report of an earlier page from one of this page (answered in content.js); and
   *  where its run is, to tell a report not made yet from one it has let go. */
  'tab/where': { req: Record<string, never>; res: { url: string; run?: PageRunState } };
  /** Run again from the start and report (the background let the page's report go); answers
   *  at once, before the run (answered in content.js). */
  'tab/reread': { req: Record<string, never>; res: null };
}

/** The top frame's run: under way ('reading'), over and its report sent ('done': the
 *  background kept it, unless it let it go since), or stopped with Backstory off on the site. */
export type PageRunState = 'reading' | 'done' | 'off';

export type TabRequestKind = keyof TabRequests;

export interface TabRequestEnvelope<K extends TabRequestKind = TabRequestKind> {
  backstoryTab: 1;
  kind: K;
  req: TabRequests[K]['req'];
}

export type TabReplyEnvelope<K extends TabRequestKind = TabRequestKind> = Reply<TabRequests[K]['res']>;

export function isTabRequestEnvelope(value: unknown): value is TabRequestEnvelope {
  return isMarkedEnvelope(value, 'backstoryTab');
}
