// A step key held down in the card (its auto-repeat, some 30 presses a second) steps on at a
// bounded pace (core/step-pacer.ts: one step each 250 ms), not once per repeat: each step
// loads and shows a card, which a hold ran through faster than any could be read.
import { describe, expect, it } from 'vitest';
import { pause, waitForCard, waitForHighlights } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { cardHoldsFocus, focusLands } from './keyboard-probes';
import { pressTermKeys } from './page-probes';

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
      // Each step adds the next card's host.
      await page.evaluate(() => {
        const w = window as unknown as { __hosts: number };
        w.__hosts = 0;
        new MutationObserver((records) => {
          for (const r of records) r.addedNodes.forEach((n) => void ((n as Element).localName === 'backstory-card' && w.__hosts++));
        }).observe(document.documentElement, { childList: true });
      });
      // J held for ~0.6 s: a press, then its auto-repeat every 33 ms.
      await page.keyboard.down('j');
      for (let i = 0; i < 18; i++) {
        await pause(33);
        await page.keyboard.down('j');
      }
      await page.keyboard.up('j');
      await pause(1500);
      const hosts = await page.evaluate(() => (window as unknown as { __hosts: number }).__hosts);
      // The press and two or three paced repeats, not nineteen.
      expect(hosts).toBeGreaterThanOrEqual(2);
      expect(hosts).toBeLessThanOrEqual(5);
    } finally {
      await page.close();
    }
  }, 60_000);
});
