// The popup under a dark system scheme, in Chromium and Firefox: a scrolling list's
// scrollbar is drawn dark too. Firefox drew it light (a white strip beside the Library's
// list), with the root's color-scheme "light dark" and with "dark" alike; popup.css now
// gives scrollbar-color under the dark scheme.
// Chromium's headless scrollbars overlay the content (no strip): there the strip, if
// any, is held to the same test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForHighlights } from './harness';
import { decodePng } from './png-pixels';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup, type PopupHandle } from './popup-driver';

const server = useFixtureServer();

/** The mean brightness (0-255) of the strip the list's vertical scrollbar takes, or null
 *  when the scrollbar takes none (an overlay scrollbar). */
async function scrollbarBrightness(popup: Page): Promise<number | null> {
  const strip = await popup.$eval('.vlist', (el) => {
    const r = el.getBoundingClientRect();
    const left = r.left + el.clientLeft + el.clientWidth;
    const right = r.right - parseFloat(getComputedStyle(el).borderRightWidth);
    return right - left < 2 ? null : { x: left, y: r.top + 20, width: right - left, height: Math.min(120, r.height - 40) };
  });
  if (!strip) return null;
  const shot = await popup.screenshot({ clip: strip, encoding: 'base64', type: 'png' });
  const { width, height, rgba } = decodePng(Buffer.from(String(shot), 'base64'));
  let sum = 0;
  for (let i = 0; i < width * height; i++) sum += ((rgba[i * 4] as number) + (rgba[i * 4 + 1] as number) + (rgba[i * 4 + 2] as number)) / 3;
  return sum / (width * height);
}

describe.each(BROWSERS)('the %s popup’s scrollbars under a dark scheme', (kind) => {
  const session = useBrowser(kind, server, { scheme: 'dark' });
  let popup: PopupHandle;

  beforeAll(async () => {
    const page = await session.open('/demo.html');
    await waitForHighlights(page);
    const articles = Array.from({ length: 30 }, (_, i) => ({ title: `Ferry timetable revised, part ${i + 1}`, source: 'Test Wire', url: `https://news.example.com/ferry-${i}`, date: '2025-03-01', text: `The ferry board met.\n\nTimes change in spring ${i}.` }));
    await askBackground(session, 'library/add', { articles });
    popup = await openPopup(session, page, { mode: 'tab' });
    if (kind === 'chromium') await popup.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  });

  it('draws the Library list’s scrollbar dark, not as a light strip', async () => {
    expect(await popup.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await showPanel(popup.page, 'library');
    await waitInPopup(popup.page, '.vlist [data-article-id]');
    expect(await popup.page.$eval('.vlist', (el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const brightness = await scrollbarBrightness(popup.page);
    if (brightness !== null) expect(brightness, 'the scrollbar strip’s mean brightness').toBeLessThan(110);
    await popup.close();
  });
});
