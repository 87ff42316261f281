// What a web page's content script may ask the background, and what it is told. A content
// script runs in the page's renderer, which the page's own code may have taken over: it
// gets the requests the page side needs, those only about its own site, and answers that
// say nothing about other sites. Extension pages (the popup, the card) may ask anything.
// A forged request can then at worst:
//   - read the notes on pages of its own origin and move their anchors (notes/list,
//     page/start, notes/update: `pageOrigin` holds them to it; a page with an opaque
//     origin reads and moves none, though it is still told its settings);
//   - turn Backstory off on its own site (settings/site-off), and learn whether it is off
//     there: the settings it is answered list no other site (pageSettings);
//   - drop its own tab's page report (page/site-off), as a page/report of nothing would;
//   - stash a card target about a page of its own origin (card/stash), which a card then
//     shows and may switch off;
//   - learn which of the stored names and topics any text it sends holds (page/annotate,
//     page/topic): its highlights, in CSS.highlights, show it as much anyway;
//   - from a page with an opaque origin only: have our own content-more-classic.js run in
//     its own frame (page/inject-more), as content.js's import() of content-more.js would;
//   - have content.css's rules and rules colouring Backstory's highlights put in its own
//     frame as user sheets for its shadow trees (page/shadow-sheet; the handler takes
//     nothing else), which only change how its own highlights look;
//   - from a page with an opaque origin only (a sandboxed document, whose card has no
//     extension API in Firefox and so gets its content from the content script): read
//     what a card shows about any name it asks — stored articles' titles, addresses and
//     sentences (card/entity, card/quantity). Its notes on cards: none ("null" matches no
//     note's page).
//
// "Own page" is by origin, not address: the sender's URL is the one its document loaded
// at, and a single-page site moves on with history.pushState to any address of its origin
// (which its own script could do as well). A sandboxed document's real origin is opaque
// whatever its URL: both browsers give it as sender.origin "null" (Chrome 80+, Firefox 126+).
import { isSiteOff, siteHost } from '../core/off-sites';
import type { Settings } from '../core/records';
import type { RequestKind } from '../messaging/contract';
import type { RequestEnvelope } from '../messaging/envelope';

const PAGE_KINDS: ReadonlySet<RequestKind> = new Set<RequestKind>([
  'page/start', 'page/topic', 'page/annotate', 'page/report', 'page/site-off',
  'card/stash', 'card/entity', 'card/quantity',
  'settings/site-off', 'notes/list', 'notes/update', 'page/inject-more', 'page/shadow-sheet',
]);

/** A content script's sender as the browser describes it: the URL its document loaded at
 *  and, where the browser gives it, the document's real origin. */
export interface PageSender {
  url?: string;
  origin?: string;
}

/** The origin of `url`, or "null" (matching no note's page) when it has none. */
function urlOrigin(url: string | undefined): string {
  try {
    return url === undefined ? 'null' : new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** The origin a web page's content script speaks for: its document's real one (the
 *  browser's, "null" for a sandboxed document), else its URL's, else "null". */
export function senderOrigin(sender: PageSender): string {
  return typeof sender.origin === 'string' ? sender.origin : urlOrigin(sender.url);
}

/** Whether a note's page is of `origin` (a web page sees and moves only its own site's notes). */
export function isOfOrigin(url: string, origin: string): boolean {
  return origin !== 'null' && urlOrigin(url) === origin;
}

/** Whether a request's `url` is of the sender's URL's origin. */
export function isOwnOrigin(url: unknown, pageUrl: string | undefined): boolean {
  if (typeof url !== 'string' || pageUrl === undefined) return false;
  try {
    return new URL(url).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

/** The settings as a page on `pageUrl` is told them: whether Backstory is off on its own
 *  site, and no other site the reader switched it off on. */
export function pageSettings(settings: Settings, pageUrl: string | undefined): Settings {
  const host = siteHost(pageUrl ?? null);
  return { ...settings, offSites: host !== null && isSiteOff(settings.offSites, host) ? [host] : [] };
}

/** Why a content script sending as `sender` may not make this request; null when it may. */
export function pageRequestRefusal(envelope: RequestEnvelope, sender: PageSender): string | null {
  const refused = `${envelope.kind} is not open to web pages`;
  if (!PAGE_KINDS.has(envelope.kind)) return refused;
  const pageUrl = sender.url;
  const req = envelope.req as Record<string, unknown> | null;
  switch (envelope.kind) {
    case 'notes/list':
      // Only the notes of one page of its URL's origin; the handler gives an opaque origin none.
      return req?.scope === 'page' && isOwnOrigin(req.pageUrl, pageUrl) ? null : refused;
    case 'page/start':
      return req?.pageUrl === undefined || isOwnOrigin(req.pageUrl, pageUrl) ? null : refused;
    case 'card/stash':
      // The card shows and switches off the target's page: one of its own origin.
      return isOwnOrigin(req?.pageUrl, pageUrl) ? null : refused;
    case 'card/entity':
    case 'card/quantity':
      // Only where the card cannot ask itself: a page with an opaque origin (card-content.ts).
      return senderOrigin(sender) === 'null' ? null : refused;
    case 'page/inject-more':
      // Only where import() is refused: a sandboxed document (more-loader.ts).
      return senderOrigin(sender) === 'null' ? null : refused;
    case 'notes/update':
      // Only a note's anchor, moved by re-anchoring; never its text.
      return req !== null && typeof req === 'object' && Object.keys(req).every((k) => k === 'id' || k === 'selector') ? null : refused;
    case 'settings/site-off':
      return pageUrl !== undefined && typeof req?.host === 'string' && req.host.toLowerCase() === siteHost(pageUrl)?.toLowerCase() ? null : refused;
    default:
      return null;
  }
}
