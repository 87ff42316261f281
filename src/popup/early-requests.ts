// The two answers the first panel waits for, asked for as soon as popup.js runs rather than
// after the views are set up and drawn: which tab the popup is about, and that tab's page
// summary. With ?tab=<id> both go out at once; the toolbar popup must learn the id from
// tabs.query first. findTab and send come in as arguments so tests pass fakes.
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
  const ask = (tabId: number | null): Promise<PageSummary | null> => {
    if (tabId === null) return Promise.resolve(null);
    performance.mark('backstory-popup:summary-sent');
    return send('page/summary', { tabId });
  };
  const tab = findTab();
  const summary = givenTabId !== null ? ask(givenTabId) : tab.then((found) => ask(found.tab.id));
  // Read later by the page panel; until then a failure must not count as unhandled.
  summary.catch(() => undefined);
  return { givenTabId, tab, summary };
}
