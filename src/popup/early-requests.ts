// The answers the first panel waits for, asked for as soon as popup.js runs rather than
// after the views are set up and drawn: which tab the popup is about, that tab's page
// summary, and whether a note was being written on its page (then the popup opens on Notes).
// The summary and the draft check go out at once: with ?tab=<id> for that tab, else for
// 'active', which the background resolves itself (the popup's own tabs.query took ~15 ms
// under load before the summary could even be asked for). findTab and send come in as
// arguments so tests pass fakes.
import type { PageAnswer, Requests } from '../messaging/contract';
import type { FoundTab } from './current-tab';
import type { SendFn } from './deps';

/** A note draft kept for the tab's page, with that page's address. */
export type TabDraft = Requests['notes/draft-for-tab']['res'];

export interface EarlyRequests {
  /** From ?tab=<id>: known before any request (the popup was opened as a tab). */
  givenTabId: number | null;
  tab: Promise<FoundTab>;
  /** null when there is no tab to ask about; rejects with the background's error. */
  summary: Promise<PageAnswer>;
  /** null when there is no draft (or the check failed: then the popup opens as without one). */
  draft: Promise<TabDraft>;
}

/** Where popup-early.js leaves its requests for popup.js (two bundles, one window). */
export const EARLY_KEY = 'backstoryEarlySummary';
export const EARLY_DRAFT_KEY = 'backstoryEarlyDraft';

/** Sends page/summary as startRequests would: popup-early.js calls this before popup.js loads. */
export function sendSummary(givenTabId: number | null, send: SendFn): Promise<PageAnswer> {
  performance.mark('backstory-popup:summary-sent');
  const summary = send('page/summary', { tabId: givenTabId ?? 'active' });
  // Read later by the page panel; until then a failure must not count as unhandled.
  summary.catch(() => undefined);
  return summary;
}

/** Asks for the tab's note draft beside the summary; never rejects (no draft is the answer). */
export function sendDraftCheck(givenTabId: number | null, send: SendFn): Promise<TabDraft> {
  return send('notes/draft-for-tab', { tabId: givenTabId ?? 'active' }).catch(() => null);
}

/** The request popup-early.js left under `key`, once: a later caller asks for itself. */
export function takeEarly<T = PageAnswer>(win: object, key = EARLY_KEY): Promise<T> | null {
  const slot = win as Record<string, unknown>;
  const found = slot[key];
  delete slot[key];
  return found instanceof Promise ? (found as Promise<T>) : null;
}

/** `sent`: the requests popup-early.js already made, if it did. */
export function startRequests(
  givenTabId: number | null,
  findTab: () => Promise<FoundTab>,
  send: SendFn,
  sent: { summary: Promise<PageAnswer> | null; draft: Promise<TabDraft> | null } = { summary: null, draft: null },
): EarlyRequests {
  // All at once: the background knows the active tab as well as the popup's lookup does.
  const summary = sent.summary ?? sendSummary(givenTabId, send);
  const draft = sent.draft ?? sendDraftCheck(givenTabId, send);
  const tab = findTab();
  return { givenTabId, tab, summary, draft };
}
