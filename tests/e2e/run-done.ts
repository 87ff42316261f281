// Waits for a page's run to end (its whole text matched), asked the way the popup asks.
// Highlights show chunk by chunk while a long page is still being matched, and hover and
// the keyboard start listening only once the run is over (main.ts's wakeOnInteraction):
// a pointer that came to rest on a term before then moves no more, so no card opens.
// On a loaded machine matching 40,000 words outlasts a test's first highlights by seconds.
import type { Page } from 'puppeteer-core';
import type { BrowserSession } from './launch';
import { pollUntil } from './harness';
import { extensionPage } from './popup-driver';
import { askTab } from './tab-asks';

/** Whether the run on `page` said it was done within `timeout` ms (a hang guard); `page`
 *  is brought to the front again after the extension page asked. */
export async function waitForRunDone(session: BrowserSession, page: Page, timeout = 30_000): Promise<boolean> {
  const ext = await extensionPage(session);
  const where = await pollUntil(() => askTab(ext, page.url(), 'tab/where', {}), (w) => w.ok && w.res.run === 'done', timeout, 200);
  await page.bringToFront();
  return where.ok && where.res.run === 'done';
}
