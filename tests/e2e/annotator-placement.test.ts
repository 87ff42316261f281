// Where the hover card goes on awkward pages, in Chromium and Firefox: a term in a box that
// scrolls (the card goes when the term scrolls out of the box), a name broken over two
// lines (the card covers neither), and a page with CSS zoom (the card sits by the term).
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  cardRect, hoverText, moveAway, overlaps, pollUntil, waitForCard, waitForCardSteady, waitForHighlights, waitForNoCard, type Rect,
} from './harness';
import { afterPageTimers, CARD_TIMERS_MS } from './page-clock';
import { BROWSERS, useBrowser } from './suite-browser';

/** The line boxes of the first `text` in a text node of an element matching `selector`. */
function lineRects(page: Page, selector: string, text: string): Promise<Rect[]> {
  return page.evaluate((sel: string, needle: string) => {
    const node = [...document.querySelectorAll(sel)].flatMap((el) => [...el.childNodes]).find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes(needle))!;
    const at = node.data.indexOf(needle);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  }, selector, text);
}

describe.each(BROWSERS)('card placement in %s', (kind) => {
  const session = useBrowser(kind);

  it('closes the card when its term scrolls out of sight inside a box', async () => {
    const page = await session.open('/placement.html', { width: 1000, height: 700 });
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await hoverText(page, 'Witkoff', { within: 'envoy Steve Witkoff said' });
      await waitForCard(session, page, { until: (c) => c.text.includes('Steve Witkoff') });
      // Into the card, which keeps it open; then the box scrolls the term away. By way of the
      // page between them: straight into the card's frame, the page never hears the pointer
      // leave the term, so no grace starts and the check would pass with the card deaf.
      const card = (await cardRect(page))!;
      const [term] = await lineRects(page, '#box p', 'Steve Witkoff');
      const x = (card.left + card.right) / 2;
      const between = card.top >= term!.bottom ? (card.top + term!.bottom) / 2 : (card.bottom + term!.top) / 2;
      await page.mouse.move(x, between);
      await page.mouse.move(x, (card.top + card.bottom) / 2);
      // Past hover's grace (started as the pointer left the term): unheard, it closes the card.
      await afterPageTimers(page, CARD_TIMERS_MS);
      expect(await cardRect(page)).not.toBeNull();
      await page.evaluate(() => {
        const box = document.getElementById('box')!;
        box.scrollTop = box.scrollHeight;
      });
      expect(await waitForNoCard(session, page)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('covers neither line of a name broken over two', async () => {
    const page = await session.open('/placement.html?narrow', { width: 1000, height: 700 });
    try {
      await waitForHighlights(page, { atLeast: 10 });
      // Last on the page, the name sits low in the window: the card goes above it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await pollUntil(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight), (end) => end)).toBe(true);
      const lines = await lineRects(page, '#narrow', 'Bezalel Smotrich');
      expect(lines.length).toBe(2);
      const second = lines[1]!;
      await page.mouse.move(second.left - 30, second.bottom + 20);
      await page.mouse.move((second.left + second.right) / 2, (second.top + second.bottom) / 2, { steps: 5 });
      await waitForCard(session, page, { until: (c) => c.text.includes('Bezalel Smotrich') });
      const card = (await cardRect(page))!;
      for (const line of lines) expect(overlaps(card, line)).toBe(false);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  it('places the card by its term on a zoomed page, inside the window', async () => {
    const page = await session.open('/placement.html?zoomed', { width: 1000, height: 700 });
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await page.evaluate(() => {
        document.documentElement.style.zoom = '1.5';
      });
      await hoverText(page, 'Donald Trump', { within: 'President Donald Trump' });
      await waitForCard(session, page, { until: (c) => c.text.includes('Donald Trump') });
      const card = await waitForCardSteady(page);
      const [term] = await lineRects(page, '#box p', 'Donald Trump');
      expect(overlaps(card, term!)).toBe(false);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(1000);
      expect(card.bottom).toBeLessThanOrEqual(700);
      // Beside the term: just below or just above it.
      const gap = Math.min(Math.abs(card.top - term!.bottom), Math.abs(term!.top - card.bottom));
      expect(gap).toBeLessThan(20);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });
});
