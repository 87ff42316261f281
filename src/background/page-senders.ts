// What a web page's content script may ask the background. A content script runs in the
// page's renderer, which the page's own code may have taken over: it gets the requests the
// page side needs, and those only about its own site. Extension pages (the popup, the
// card) may ask anything. A forged request can then at worst read the notes on pages of
// this page's origin, move their anchors, or turn Backstory off on this page's site (the
// handlers hold a page's card/entity and notes/update to its origin: `pageOrigin`). The
// settings stay closed: they list the sites the reader turned Backstory off on; the
// settings a page is answered (page/start, settings/site-off) list only its own
// (pageSettings).
//
// "Own page" is by origin, not address: the sender's URL is the one its document loaded
// at, and a single-page site moves on with history.pushState to any address of its origin
// (which its own script could do as well).
import { isSiteOff, siteHost } from '../core/off-sites';
import type { Settings } from '../core/records';
import type { RequestKind } from '../messaging/contract';
import type { RequestEnvelope } from '../messaging/envelope';

const PAGE_KINDS: ReadonlySet<RequestKind> = new Set<RequestKind>([
  'page/start', 'page/topic', 'page/annotate', 'page/report',
  'card/stash', 'card/entity', 'card/quantity',
  'settings/site-off', 'notes/list', 'notes/update',
]);

/** The origin a web page's content script speaks for: its page's, or "null" (matching no
 *  note's page) when the sender's URL says none. */
export function senderOrigin(pageUrl: string | undefined): string {
  try {
    return pageUrl === undefined ? 'null' : new URL(pageUrl).origin;
  } catch {
    return 'null';
  }
}

/** Whether a note's page is of `origin` (a web page sees and moves only its own site's notes). */
export function isOfOrigin(url: string, origin: string): boolean {
  return origin !== 'null' && senderOrigin(url) === origin;
}

/** Whether a request's `url` is of the sender's origin. */
function isOwnOrigin(url: unknown, pageUrl: string | undefined): boolean {
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

/** Why a content script on `pageUrl` may not make this request; null when it may. */
export function pageRequestRefusal(envelope: RequestEnvelope, pageUrl: string | undefined): string | null {
  const refused = `${envelope.kind} is not open to web pages`;
  if (!PAGE_KINDS.has(envelope.kind)) return refused;
  const req = envelope.req as Record<string, unknown> | null;
  switch (envelope.kind) {
    case 'notes/list':
      // Only the notes of one page of its own origin.
      return req?.scope === 'page' && isOwnOrigin(req.pageUrl, pageUrl) ? null : refused;
    case 'page/start':
      return req?.pageUrl === undefined || isOwnOrigin(req.pageUrl, pageUrl) ? null : refused;
    case 'notes/update':
      // Only a note's anchor, moved by re-anchoring; never its text.
      return req !== null && typeof req === 'object' && Object.keys(req).every((k) => k === 'id' || k === 'selector') ? null : refused;
    case 'settings/site-off':
      return pageUrl !== undefined && typeof req?.host === 'string' && req.host.toLowerCase() === siteHost(pageUrl)?.toLowerCase() ? null : refused;
    default:
      return null;
  }
}
