// A step key held down in the card (its auto-repeat, some 30 presses a second) steps on at a
// bounded pace (core/step-pacer.ts: one step each 250 ms), not once per repeat: each step
// loads and shows a card, which a hold ran through faster than any could be read.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { pause, waitForCard, waitForHighlights, type BrowserSession } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { cardHoldsFocus, focusLands } from './keyboard-probes';
import { pressTermKeys } from './page-probes';
import { extensionPage } from './popup-driver';

/** Counts the card hosts added to `page` from now on (each step adds the next card's). */
async function countHosts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __hosts: number };
    w.__hosts = 0;
    new MutationObserver((records) => {
      for (const r of records) r.addedNodes.forEach((n) => void ((n as Element).localName === 'backstory-card' && w.__hosts++));
    }).observe(document.documentElement, { childList: true });
  });
}
const hostsAdded = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __hosts: number }).__hosts);

/** Sends `page`'s tab the next-term command `times` times, as background/commands.ts does
 *  for Alt+Shift+J (headless browsers send no commands themselves): from the service worker
 *  in Chromium, from an extension page of ours in Firefox (its background has no target). */
async function sendNextTerm(session: BrowserSession, sender: { evaluate(code: string): Promise<unknown> }, page: Page, times: number): Promise<void> {
  // The worker sees the active tab (no tab's URL); the Firefox sender, a tab itself, finds the page by its URL.
  const findTab = session.kind === 'chromium'
    ? `(await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]`
    : `(await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(page.url())})`;
  const api = session.kind === 'chromium' ? 'chrome' : 'browser';
  await sender.evaluate(`(async () => {
    const tab = ${findTab};
    for (let i = 0; i < ${times}; i++) await ${api}.tabs.sendMessage(tab.id, { backstoryCommand: 'next-term', fallbackKey: 'J' });
  })()`);
}

describe.each(BROWSERS)('a step key held down in the card in %s', (kind) => {
  const session = useBrowser(kind);

  it('steps on at a bounded pace, not at each auto-repeat', async () => {
    const page = await session.open('/ontopic.html');
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await pressTermKeys(page, 'KeyJ');
      const first = await waitForCard(session, page);
      expect(await focusLands(first)).toBe(true);
      expect(await cardHoldsFocus(page, first)).toBe(true);
      await countHosts(page);
      // J held for ~0.6 s: a press, then its auto-repeat every 33 ms.
      await page.keyboard.down('j');
      for (let i = 0; i < 18; i++) {
        await pause(33);
        await page.keyboard.down('j');
      }
      await page.keyboard.up('j');
      await pause(1500);
      const hosts = await hostsAdded(page);
      // The press and two or three paced repeats, not nineteen.
      expect(hosts).toBeGreaterThanOrEqual(2);
      expect(hosts).toBeLessThanOrEqual(5);
    } finally {
      await page.close();
    }
  }, 60_000);

  // A browser may send the term command on each auto-repeat of its keys as well as letting the
  // card's frame hear them: each repeat the card's pace dropped still owes that command's echo
  // (the card tells its host: content/echo-pairs.ts), or the commands stepped on every one.
  it("pays a held term shortcut's commands, its dropped repeats' too, with no step", async () => {
    const sender: { evaluate(code: string): Promise<unknown> } | null = session.kind === 'chromium'
      ? await (await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin), { timeout: 10_000 })).worker()
      : await extensionPage(session);
    if (!sender) throw new Error('no extension context to send the commands from');
    const page = await session.open('/ontopic.html?held-term-keys');
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await page.bringToFront();
      await page.evaluate(() => window.scrollTo(0, 0));
      await pressTermKeys(page, 'KeyJ');
      const first = await waitForCard(session, page);
      expect(await focusLands(first)).toBe(true);
      expect(await cardHoldsFocus(page, first)).toBe(true);
      // Alt+Shift+J held in the card for ~0.6 s: nineteen presses, the last eighteen repeats.
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.down('KeyJ');
      for (let i = 0; i < 18; i++) {
        await pause(33);
        await page.keyboard.down('KeyJ');
      }
      await page.keyboard.up('KeyJ');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      await pause(300);
      await countHosts(page);
      // Twelve of the twenty presses' commands, well within the echoes' lifetime (3 s): fewer
      // than the presses, more than the steps they took (the first and two or three paced).
      await sendNextTerm(session, sender, page, 12);
      await pause(1500);
      expect(await hostsAdded(page)).toBe(0);
    } finally {
      await page.close();
    }
  }, 60_000);
});
