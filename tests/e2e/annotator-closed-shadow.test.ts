// Text in a page's CLOSED shadow root, in Chromium and Firefox: the content script reaches
// it through the extension's own APIs (src/platform/shadow-root.ts), so its terms are
// highlighted, a hover opens their card, and text the page adds there later is read. The
// page keeps its root in window.__closedRoot, which is how these tests (in the page's
// world) see inside; the extension's isolated world cannot read that global.
// (Firefox paints no ::highlight() from a document's sheet inside any shadow tree, open or
// closed: there the tint comes from user sheets, annotator-shadow-paint.test.ts.)
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { highlightsIn, pollUntil, waitForCard, waitForHighlights, type Highlights } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';

type ClosedWindow = Window & { __closedRoot: ShadowRoot };

/** How many of Backstory's ranges start inside the page's closed root, and inside a card host. */
function rangesInside(page: Page): Promise<{ closed: number; card: number }> {
  return page.evaluate(() => {
    const closed = (window as unknown as ClosedWindow).__closedRoot;
    const out = { closed: 0, card: 0 };
    CSS.highlights.forEach((highlight, name) => {
      if (name.indexOf('backstory-') !== 0) return;
      highlight.forEach((range) => {
        const root = range.startContainer.getRootNode();
        if (root === closed) out.closed++;
        else if (root instanceof ShadowRoot && root.host.localName === 'backstory-card') out.card++;
      });
    });
    return out;
  });
}

/** Rests the pointer on `text` inside the closed root (page-probes' locateText sees open roots only). */
async function hoverClosed(page: Page, text: string): Promise<void> {
  const at = await page.evaluate((needle: string) => {
    const root = (window as unknown as ClosedWindow).__closedRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = (node as Text).data.indexOf(needle);
      if (i < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + needle.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!at) throw new Error(`"${text}" is not in the closed root`);
  await page.mouse.move(at.x - 40, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 5 });
}

describe.each(BROWSERS)('a closed shadow root in %s', (kind) => {
  const session = useBrowser(kind);

  it('highlights its terms, opens their card on hover, and reads text added there later', async () => {
    const page = await session.open('/shadow-closed.html');
    try {
      const h = await waitForHighlights(page, { atLeast: 5 });
      expect(h['backstory-place']).toContain('Jenin');
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
      expect(h['backstory-number']).toEqual(expect.arrayContaining(['at least 50 militants', '33 hostages']));
      expect((await rangesInside(page)).closed).toBeGreaterThanOrEqual(4);

      await hoverClosed(page, 'Jenin');
      const card = await waitForCard(session, page, { until: (c) => c.text.includes('Jenin') && !c.text.includes('Loading') });
      expect(card.text).toContain('Jenin');
      // The card host's own closed root is never read as page text.
      expect((await rangesInside(page)).card).toBe(0);

      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Secretary of State Marco Rubio said Hamas had freed 183 hostages’ relatives at the Philadelphi Corridor on February 8, 2025.';
        (window as unknown as ClosedWindow).__closedRoot.appendChild(p);
      });
      const later = await pollUntil(() => highlightsIn(page), (x: Highlights) => x['backstory-person'].includes('Marco Rubio'), 10_000);
      expect(later['backstory-place']).toContain('Philadelphi Corridor');
      expect(later['backstory-place']).toContain('Jenin');
    } finally {
      await page.close();
    }
  });
});
