// A page's run and the popup's "This page": the requests a content script sends the
// background as it reads a page, and what the popup asks of the page's report
// (src/background/annotator-handlers.ts, page-summary.ts). Part of the background's
// conversation; contract.ts gathers the whole of it.
import type { ColourScheme } from '../core/records';
import type { ArticleSummary, HighlightKind, PageAnnotation, Quantity, TopicScore } from '../core/types';
import type { PackedAnnotations } from './packed-annotations';

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

export interface PageRequests {
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
}
