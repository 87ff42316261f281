// Backstory turned off on a site while one of its pages is open, in Chromium and Firefox with
// the built extension: from the hover card (which says first what will happen, then does
// it) the page goes dark and its stored report goes; the popup's "This page" says the site
// is off instead of listing the page as it was, and its button (by keyboard) turns it back
// on: the page runs again without a reload, and its highlights and report come back. Turned
// off in the popup's own Settings, "This page" says so too.
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { highlightTexts, hoverText, pollUntil, waitForCard, waitForHighlights, waitForNoCard } from './harness';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, extensionTabs, openPopup, showPanel, tabIdOf, waitForReport, waitInPopup, type PopupHandle } from './popup-driver';

const HOST = '127.0.0.1';
const server = useFixtureServer();

describe.each(BROWSERS)('a site turned off, in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page | null = null;
  let popup: PopupHandle | null = null;

  afterEach(async () => {
    await popup?.close();
    await page?.close().catch(() => undefined);
    popup = page = null;
    await askBackground(session, 'settings/set', { offSites: [] });
  });

  /** Clicks the card's "Turn off on this site", and then its confirmation, in the card's
   *  own document (Firefox's element handles in an extension frame are not to be relied
   *  on); answers what the card said it would do, and checks nothing was off before. */
  async function turnOffFromCard(frame: Frame): Promise<string> {
    await frame.evaluate(() => document.querySelector<HTMLElement>('[data-action="site-off"]')?.click());
    const what = await pollUntil(() => frame.evaluate(() => document.getElementById('site-off-what')?.textContent ?? ''), (t) => t !== '');
    expect((await askBackground(session, 'settings/get', {})).offSites).not.toContain(HOST);
    await frame.evaluate(() => document.querySelector<HTMLElement>('[data-action="site-off-confirm"]')?.click());
    return what;
  }

  /** Whether the background still keeps a report for the tab (storage.session). */
  async function reported(tabId: number): Promise<boolean> {
    return (await extensionTabs(session)).some((t) => t.id === tabId && t.reported !== null);
  }

  it('from the card: the popup says the site is off, and its button brings the highlights and the report back', async () => {
    const p = (page = await session.open('/ontopic.html'));
    await waitForHighlights(p, { atLeast: 5 });
    const tabId = await tabIdOf(session, p);
    await waitForReport(session, tabId);

    // The card asks first, saying what follows; only its confirmation turns the site off.
    await p.bringToFront(); // the driver's extension page came to the front
    await hoverText(p, 'Smotrich', { within: 'Finance Minister Bezalel Smotrich' });
    const card = await waitForCard(session, p, { until: (c) => c.text.includes('Turn off on this site') });
    const asked = await turnOffFromCard(card.frame);
    expect(asked).toContain('this card will close');
    expect(asked).toContain('“This page” has a button');
    expect(await pollUntil(() => highlightTexts(p, 'backstory-person'), (r) => r.length === 0)).toEqual([]);
    expect(await waitForNoCard(session, p)).toBe(true);
    expect((await askBackground(session, 'settings/get', {})).offSites).toContain(HOST);
    // The report of the page as it was is dropped: nothing to reveal is listed any more.
    expect(await pollUntil(() => reported(tabId), (r) => !r)).toBe(false);

    popup = await openPopup(session, p, { tabId });
    const pp = popup.page;
    await waitInPopup(pp, `[data-panel="page"] [data-site-off="${HOST}"]`);
    expect(await pp.$eval('[data-site-off]', (e) => e.textContent ?? '')).toContain(`Backstory is off on ${HOST}.`);
    expect(await pp.$$('[data-panel="page"] [data-term], [data-panel="page"] [data-number]')).toHaveLength(0);

    // Until the page reports, the panel says it is reading it: never "nothing to show".
    await pp.evaluate(() => {
      const seen = window as unknown as { sawEmpty?: boolean; sawReading?: boolean };
      seen.sawEmpty = seen.sawReading = false;
      new MutationObserver(() => {
        seen.sawEmpty ||= document.querySelector('[data-panel="page"] [data-empty="page"]') !== null;
        seen.sawReading ||= document.querySelector('[data-panel="page"] [data-reading]') !== null;
      }).observe(document.body, { childList: true, subtree: true });
    });
    // By keyboard: the button takes the focus and Enter presses it.
    await pp.focus('[data-action="site-on"]');
    await pp.keyboard.press('Enter');
    await pollUntil(() => askBackground(session, 'settings/get', {}), (s) => !s.offSites.includes(HOST));
    // The page runs again without a reload; its report comes back, and the popup shows it.
    await waitForHighlights(p, { atLeast: 5 });
    expect((await highlightTexts(p, 'backstory-person')).length).toBeGreaterThan(0);
    expect(await pollUntil(() => reported(tabId), (r) => r)).toBe(true);
    await waitInPopup(pp, '[data-panel="page"] [data-term]');
    expect(await pp.$('[data-site-off]')).toBeNull();
    expect(await pp.$eval('[data-status]', (e) => e.textContent ?? '')).toBe(`Backstory is on again on ${HOST}, and has read the page.`);
    const seen = await pp.evaluate(() => {
      const w = window as unknown as { sawEmpty: boolean; sawReading: boolean };
      return { reading: w.sawReading, empty: w.sawEmpty };
    });
    expect(seen).toEqual({ reading: true, empty: false });
  });

  it("from the popup's Settings: \"This page\" says the site is off, and turns it back on", async () => {
    const p = (page = await session.open('/ontopic.html'));
    await waitForHighlights(p, { atLeast: 5 });
    const tabId = await tabIdOf(session, p);
    popup = await openPopup(session, p, { tabId });
    const pp = popup.page;
    await waitInPopup(pp, '[data-panel="page"] [data-term]');

    await showPanel(pp, 'settings');
    await waitInPopup(pp, '[data-setting="site-off"]:not([disabled])');
    await pp.click('[data-setting="site-off"]');
    expect(await pollUntil(() => highlightTexts(p, 'backstory-person'), (r) => r.length === 0)).toEqual([]);
    await showPanel(pp, 'page');
    await waitInPopup(pp, `[data-panel="page"] [data-site-off="${HOST}"]`);
    expect(await pp.$$('[data-panel="page"] [data-term]')).toHaveLength(0);

    await pp.click('[data-action="site-on"]');
    await waitForHighlights(p, { atLeast: 5 });
    await waitInPopup(pp, '[data-panel="page"] [data-term]');
  });
});
