// A keyboard step on pages whose paragraphs are taller than the window, in Chromium and
// Firefox: the step brings the term itself into view, in the window and in a box that
// scrolls, left to right and right to left. Set BACKSTORY_SHOTS=<dir> to keep screenshots.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { cardShown, waitForCard, waitForHighlights, waitForNoCard } from './harness';
import { pressTermKeys } from './page-probes';
import { afterPageTimers, CARD_TIMERS_MS } from './page-clock';
import { BROWSERS, useBrowser } from './suite-browser';

const VIEW = { width: 1000, height: 700 };

async function shot(page: Page, name: string, kind: string): Promise<void> {
  const dir = process.env.BACKSTORY_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${kind}-${name}.png` as `${string}.png` });
}

describe.each(BROWSERS)('tall pages in %s', (kind) => {
  const session = useBrowser(kind);

  // A paragraph taller than the window, and one taller than the box it scrolls in: the step
  // brings the term itself into view, not its paragraph's middle (which left a term near the
  // paragraph's end off-screen, its card closed as soon as it opened).
  it.each([
    ['as it is', ''],
    ['right to left, the box scaled by a transform', 'document.documentElement.dir = "rtl"; document.getElementById("pane").style.transform = "scale(0.8)"'],
  ])('brings a term deep in a tall paragraph, and in a box that scrolls, into view on a keyboard step (%s)', async (_, setup) => {
    const page = await session.open('/layout-tall.html', VIEW);
    try {
      await waitForHighlights(page, { atLeast: 15 });
      if (setup) await page.evaluate(setup);
      // Back from the top: the page's last term (deep in the box), then the tall paragraph's last.
      for (const [within, name] of [['#pane', 'Steve Witkoff'], ['#long', 'Bezalel Smotrich']] as const) {
        await pressTermKeys(page, 'KeyK');
        await waitForCard(session, page, { until: (c) => c.text.includes(name) });
        await shot(page, `tall-${within.slice(1)}`, kind);
        const seen = (): Promise<boolean> => page.evaluate((sel: string, needle: string) => {
          const box = document.querySelector(sel)!;
          const node = box.querySelector('p')?.lastChild ?? box.lastChild!;
          const at = (node as Text).data.lastIndexOf(needle);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const r = range.getClientRects()[0]!;
          const clip = sel === '#pane' ? box.getBoundingClientRect() : { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
          return r.top >= Math.max(0, clip.top) && r.bottom <= Math.min(innerHeight, clip.bottom) && r.left >= clip.left && r.right <= clip.right;
        }, within, name);
        expect(await seen()).toBe(true);
        await afterPageTimers(page, CARD_TIMERS_MS);
        expect(await cardShown(page)).toBe(true);
        expect(await seen()).toBe(true);
        await page.keyboard.press('Escape');
        expect(await waitForNoCard(session, page)).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});
