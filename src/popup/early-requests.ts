// The two answers the first panel waits for, asked for as soon as popup.js runs rather than
// after the views are set up and drawn: which tab the popup is about, and that tab's page
// summary. Both go out at once: with ?tab=<id> for that tab, else for 'active', which the
// background resolves itself (the popup's own tabs.query took ~15 ms under load before the
// summary could even be asked for). findTab and send come in as arguments so tests pass fakes.
import type { PageSummary } from '../messaging/contract';
import type { FoundTab } from './current-tab';
import type { SendFn } from './deps';

export interface EarlyRequests {
  /** From ?tab=<id>: known before any request (the popup was opened as a tab). */
  givenTabId: number | null;
  tab: Promise<FoundTab>;
  /** null when there is no tab to ask about; rejects with the background's error. */
  summary: Promise<PageSummary | null>;
}

export function startRequests(givenTabId: number | null, findTab: () => Promise<FoundTab>, send: SendFn): EarlyRequests {
  performance.mark('backstory-popup:summary-sent');
  // Both at once: the background knows the active tab as well as the popup's lookup does.
  const summary = send('page/summary', { tabId: givenTabId ?? 'active' });
  const tab = findTab();
  // Read later by the page panel; until then a failure must not count as unhandled.
  summary.catch(() => undefined);
  return { givenTabId, tab, summary };
}
