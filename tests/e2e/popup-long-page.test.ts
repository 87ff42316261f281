// The popup's "This page" for a long page (the generated 50,000-word live blog: thousands of
// names and figures), in Chromium and Firefox with the built extension: how long the popup
// takes to list the page's terms once the page has reported, and how long the background
// takes to build the summary afresh (at a new sensitivity, which the kept summary was not
// built at). The times are logged for docs/performance.md; the bounds are hang guards.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, tabIdOf, waitForReport, waitInPopup, type PopupHandle } from './popup-driver';

const server = useFixtureServer();
const WORDS = 50_000;

describe.each(BROWSERS)('popup on a long page, in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page | null = null;
  let popup: PopupHandle | null = null;

  afterAll(async () => {
    await popup?.close();
    await page?.close().catch(() => undefined);
  });

  it('"This page" lists the terms of a 50,000-word page within a few seconds of opening', async () => {
    const p = (page = await session.open(`/gen/long.html?words=${WORDS}`));
    const tabId = await tabIdOf(session, p, 120_000);
    await waitForReport(session, tabId, 120_000);

    const opened = performance.now();
    popup = await openPopup(session, p, { tabId, timeout: 60_000 });
    const loaded = performance.now();
    await waitInPopup(popup.page, '[data-panel="page"] [data-term]', 60_000);
    const shown = performance.now();
    const terms = await popup.page.$$eval('[data-panel="page"] [data-term]', (els) => els.length);

    // Afresh: a new sensitivity; the summary kept at the old one is not the answer.
    await askBackground(session, 'settings/set', { topicSensitivity: 0.8 });
    const asked = performance.now();
    const summary = await askBackground(session, 'page/summary', { tabId });
    const built = performance.now();
    await askBackground(session, 'settings/set', { topicSensitivity: 0.5 });

    const numbers = summary && 'numbers' in summary ? summary.numbers.length : -1;
    console.log(`popup-long-page ${kind}: popup document ${(loaded - opened).toFixed(0)} ms, terms shown ${(shown - opened).toFixed(0)} ms after opening (${terms} terms); page/summary afresh ${(built - asked).toFixed(0)} ms (${numbers} figures judged)`);
    expect(terms).toBeGreaterThan(10);
    expect(numbers).toBeGreaterThan(10);
    expect(shown - opened).toBeLessThan(30_000);
  }, 300_000);
});
