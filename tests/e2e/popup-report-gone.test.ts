// A page whose report the background no longer holds (storage.session's room let it go, or
// a restarted background lost it), in Chromium and Firefox with the built extension: the
// popup's "This page" says so instead of "nothing to show", and its "Read the page again"
// has the page run again without a reload; the new report comes back and the popup shows it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { pollUntil, waitForHighlights } from './harness';
import { setViewport } from './launch';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { extensionTabs, letReportGo, openPopup, tabIdOf, waitForReport, waitInPopup, type PopupHandle } from './popup-driver';
import { waitForRunDone } from './run-done';

const server = useFixtureServer();

describe.each(BROWSERS)('a page report let go, in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page | null = null;
  let popup: PopupHandle | null = null;

  afterEach(async () => {
    await popup?.close();
    await page?.close().catch(() => undefined);
    popup = page = null;
  });

  it('"This page" says the report is gone, and "Read the page again" brings it back', async () => {
    const p = (page = await session.open('/ontopic.html'));
    await waitForHighlights(p, { atLeast: 5 });
    const tabId = await tabIdOf(session, p);
    await waitForReport(session, tabId);
    // Read, not still reading: the report is stored before the run hears it was, and a
    // popup asking in between is told the page is being read, not that its report went.
    expect(await waitForRunDone(session, p)).toBe(true);
    await letReportGo(session, tabId);
    expect((await extensionTabs(session)).find((t) => t.id === tabId)?.reported).toBeNull();

    popup = await openPopup(session, p, { tabId });
    const pp = popup.page;
    await waitInPopup(pp, '[data-panel="page"] [data-report-gone]');
    expect(await pp.$eval('[data-report-gone]', (e) => e.textContent ?? '')).toContain('Backstory no longer holds what it found on this page.');
    expect(await pp.$('[data-panel="page"] [data-empty="page"]')).toBeNull();

    await pp.focus('[data-action="reread"]');
    await pp.keyboard.press('Enter');
    // Asked, the page runs again: the panel says it is reading it.
    await waitInPopup(pp, '[data-panel="page"] [data-reading], [data-panel="page"] [data-term]');
    expect(await pp.$eval('[data-status]', (e) => e.textContent ?? '')).not.toContain('Could not');
    // The page runs again and reports; the popup shows the page's terms without a reload.
    expect(await pollUntil(async () => (await extensionTabs(session)).find((t) => t.id === tabId)?.reported ?? null, (r) => r !== null)).not.toBeNull();
    await waitInPopup(pp, '[data-panel="page"] [data-term]');
    expect(await pp.$('[data-report-gone]')).toBeNull();
    expect(await pp.$eval('[data-status]', (e) => e.textContent ?? '')).toBe('Backstory has read the page again.');
    await waitForHighlights(p, { atLeast: 5 });
  });

  it('"Read the page again" leaves the view where it was in a window shorter than the popup, and the status line says what happens', async () => {
    const p = (page = await session.open('/ontopic.html'));
    await waitForHighlights(p, { atLeast: 5 });
    const tabId = await tabIdOf(session, p);
    await waitForReport(session, tabId);
    // Read, not still reading: the report is stored before the run hears it was, and a
    // popup asking in between is told the page is being read, not that its report went.
    expect(await waitForRunDone(session, p)).toBe(true);
    await letReportGo(session, tabId);

    popup = await openPopup(session, p, { tabId, mode: 'tab' });
    const pp = popup.page;
    await setViewport(pp, 440, 480);
    await waitInPopup(pp, '[data-panel="page"] [data-report-gone]');
    // The popup is taller than this window: focusing its status line would scroll it.
    expect(await pp.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeGreaterThan(40);
    await pp.focus('[data-action="reread"]');
    const before = await pp.evaluate(() => scrollY);
    await pp.keyboard.press('Enter');
    await waitInPopup(pp, '[data-panel="page"] [data-reading], [data-panel="page"] [data-term]');
    // The button is gone: the focus is on the status line, a live region that says what happens.
    const focused = await pp.evaluate(() => {
      const el = document.activeElement;
      return { status: el?.matches('[data-status]') ?? false, role: el?.getAttribute('role'), live: el?.getAttribute('aria-live'), text: el?.textContent ?? '' };
    });
    expect(focused).toMatchObject({ status: true, role: 'status', live: 'polite' });
    expect(focused.text).toMatch(/^(Reading the page again…|Backstory has read the page again\.)$/);
    expect(await pp.evaluate(() => scrollY)).toBe(before);
    await waitInPopup(pp, '[data-panel="page"] [data-term]');
    expect(await pp.evaluate(() => scrollY)).toBe(before);
  });
});
