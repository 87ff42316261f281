// The two answers the first panel waits for, asked for as soon as popup.js runs rather than
// after the views are set up and drawn: which tab the popup is about, and that tab's page
// summary. Both go out at once: with ?tab=<id> for that tab, else for 'active', which the
// background resolves itself (the popup's own tabs.query took ~15 ms under load before the
// summary could even be asked for). findTab and send come in as arguments so tests pass fakes.
import type { PageAnswer } from '../messaging/contract';
import type { FoundTab } from './current-tab';
import type { SendFn } from './deps';

export interface EarlyRequests {
  /** From ?tab=<id>: known before any request (the popup was opened as a tab). */
  givenTabId: number | null;
  tab: Promise<FoundTab>;
  /** null when there is no tab to ask about; rejects with the background's error. */
  summary: Promise<PageAnswer>;
}

/** Where popup-early.js leaves its page/summary request for popup.js (two bundles, one window). */
export const EARLY_KEY = 'backstoryEarlySummary';

/** Sends page/summary as startRequests would: popup-early.js calls this before popup.js loads. */
export function sendSummary(givenTabId: number | null, send: SendFn): Promise<PageAnswer> {
  performance.mark('backstory-popup:summary-sent');
  const summary = send('page/summary', { tabId: givenTabId ?? 'active' });
  // Read later by the page panel; until then a failure must not count as unhandled.
  summary.catch(() => undefined);
  return summary;
}

/** The request popup-early.js left, once: a later caller asks for itself. */
export function takeEarly(win: object): Promise<PageAnswer> | null {
  const slot = win as Record<string, unknown>;
  const found = slot[EARLY_KEY];
  delete slot[EARLY_KEY];
  return found instanceof Promise ? (found as Promise<PageAnswer>) : null;
}

/** `sent`: the summary request popup-early.js already made, if it did. */
export function startRequests(
  givenTabId: number | null,
  findTab: () => Promise<FoundTab>,
  send: SendFn,
  sent: Promise<PageAnswer> | null = null,
): EarlyRequests {
  // Both at once: the background knows the active tab as well as the popup's lookup does.
  const summary = sent ?? sendSummary(givenTabId, send);
  const tab = findTab();
  return { givenTabId, tab, summary };
}
