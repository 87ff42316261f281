// Waits for a page's run to end (its whole text matched), asked the way the popup asks.
// Highlights show chunk by chunk while a long page is still being matched, and hover and
// the keyboard start listening only once the run is over (main.ts's wakeOnInteraction):
// a pointer that came to rest on a term before then moves no more, so no card opens.
// On a loaded machine matching 40,000 words outlasts a test's first highlights by seconds.
// A check that something does NOT show waits for the run to end first (waitForRunState,
// waitForRerun): looking before that, it would pass merely because it looked too early.
import type { Page } from 'puppeteer-core';
import type { PageRunState } from '../../src/messaging/tab-contract';
import type { BrowserSession } from './launch';
import { pollUntil } from './harness';
import { extensionPage, letReportGo, tabIdOf, waitForReport } from './popup-driver';
import { askTab } from './tab-asks';

/** The state of the run on `page` (tab/where) once it is one of `states`, or null when it
 *  is not within `timeout` ms (a hang guard); `page` is brought to the front again after
 *  the extension page asked. A page just loaded may not answer yet: it is asked again. */
export async function waitForRunState(session: BrowserSession, page: Page, states: readonly PageRunState[], timeout = 30_000): Promise<PageRunState | null> {
  // The page's own address: Firefox's page.url() may miss a pushState (annotator-pages' SPA).
  const url = await page.evaluate(() => location.href);
  const ext = await extensionPage(session);
  const where = await pollUntil(() => askTab(ext, url, 'tab/where', {}), (w) => w.ok && w.res.run !== undefined && states.includes(w.res.run), timeout, 200);
  await page.bringToFront();
  return where.ok && where.res.run !== undefined && states.includes(where.res.run) ? where.res.run : null;
}

/** Whether the run on `page` said it was done within `timeout` ms (a hang guard). */
export async function waitForRunDone(session: BrowserSession, page: Page, timeout = 30_000): Promise<boolean> {
  return (await waitForRunState(session, page, ['done'], timeout)) === 'done';
}

/** Does `act`, which makes `page` run again, and waits for that new run to be done. The
 *  page's report is let go first: a report back, and the run done, are then the new run's
 *  (a run sets itself reading before it reports), not the one before it still answering. */
export async function waitForRerun(session: BrowserSession, page: Page, act: () => Promise<unknown>, timeout = 30_000): Promise<boolean> {
  const tabId = await tabIdOf(session, page);
  await waitForReport(session, tabId, timeout);
  await letReportGo(session, tabId);
  await act();
  await waitForReport(session, tabId, timeout);
  return waitForRunDone(session, page, timeout);
}
