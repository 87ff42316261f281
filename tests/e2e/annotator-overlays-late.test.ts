// What the page puts in the top layer while a card is already open, in Chromium and Firefox:
// the top layer draws the later-shown element over the earlier, so a toast the page shows
// after the card opened would lie over it. The card must stay on top (the page's
// hit-testing finds its host where the two meet), where it was, with the focus it held;
// a modal dialog, which makes the card inert behind its backdrop, closes it instead.
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import {
  cardRect, cardShown, hoverText, moveAway, mutationsIn, overlaps, pause, pollUntil, waitForCard, waitForCardSteady, waitForHighlights, waitForNoCard, type Rect,
} from './harness';
import { afterFrames, afterPageTimers, CARD_TIMERS_MS } from './page-clock';
import { focusLands } from './keyboard-probes';
import { focusComesBackTo, focusNewLink, pressTermKeys } from './page-probes';
import { BROWSERS, useBrowser } from './suite-browser';

const VIEW = { width: 1000, height: 700 };

/** A toast box over the card's lower right part: clear of the card's middle row, where
 *  nothing of the page but the toast is. */
const toastOver = (card: Rect): Rect => ({ left: card.left + 40, top: card.top + 30, right: card.right + 20, bottom: card.bottom + 20 });

/** What the page's hit-testing finds where the card and `toast` meet. */
async function atOverlap(page: Page, toast: Rect): Promise<string | null> {
  const card = (await cardRect(page))!;
  expect(overlaps(card, toast)).toBe(true);
  const x = (Math.max(card.left, toast.left) + Math.min(card.right, toast.right)) / 2;
  const y = (Math.max(card.top, toast.top) + Math.min(card.bottom, toast.bottom)) / 2;
  return page.evaluate((px: number, py: number) => {
    const hit = document.elementFromPoint(px, py);
    return hit ? hit.localName + (hit.id ? `#${hit.id}` : '') : null;
  }, x, y);
}

/** The page's own script shows its toast over `at`. */
async function pageShowsToast(page: Page, at: Rect): Promise<void> {
  await page.evaluate((box: Rect) => (window as unknown as { showToast(b: Rect): void }).showToast(box), at);
}

/** The element holding the focus inside the card's frame, and whether its document has it. */
function focusInCard(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const el = document.activeElement;
    return `${document.hasFocus()}:${el ? el.localName + (el.textContent ?? '').slice(0, 40) : 'none'}`;
  });
}

describe.each(BROWSERS)('a card under what the page shows later, in %s', (kind) => {
  const session = useBrowser(kind);

  /** Once the page's highlights are in (and `settle` ms more), hovers "Bezalel Smotrich"
   *  until its card shows and has settled: the card's box, and a toast box over it. */
  async function cardOverSmotrich(page: Page, settle = 0): Promise<{ card: Rect; toast: Rect }> {
    await waitForHighlights(page, { atLeast: 8 });
    // Fixed time: the page's mutation observer lists a new shadow root on its own debounce, with no signal a test can read.
    if (settle > 0) await pause(settle);
    await moveAway(page);
    await hoverText(page, 'Bezalel Smotrich', { within: 'Minister Bezalel Smotrich' });
    await waitForCard(session, page, { until: (c) => c.text.includes('Bezalel Smotrich') });
    const card = await waitForCardSteady(page);
    return { card, toast: toastOver(card) };
  }

  it('stays over a toast the page shows after the card opened, by pointer and keyboard', async () => {
    const page = await session.open('/layout-late-toast.html', VIEW);
    try {
      // By pointer: nothing of the page's is in the top layer when the card opens.
      const { card: before, toast } = await cardOverSmotrich(page);
      await pageShowsToast(page, toast);
      await afterFrames(page);
      expect(await cardShown(page)).toBe(true);
      expect(await atOverlap(page, toast)).toBe('backstory-card');
      const after = (await cardRect(page))!;
      expect(Math.abs(after.left - before.left)).toBeLessThan(1);
      expect(Math.abs(after.top - before.top)).toBeLessThan(1);
      // Escape closes the card only; the toast stays.
      await page.keyboard.press('Escape');
      await moveAway(page);
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await page.evaluate(() => document.getElementById('toast')!.matches(':popover-open'))).toBe(true);
      await page.evaluate(() => document.getElementById('toast')!.hidePopover());

      // By keyboard, from a link the reader tabbed to: the card takes the focus, Tab moves it
      // on inside the card, and a toast shown then leaves it there.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await focusNewLink(page, 'backstory-return-here');
      await pressTermKeys(page, 'KeyJ');
      const card = await waitForCard(session, page);
      expect(await focusLands(card)).toBe(true);
      await page.keyboard.press('Tab');
      const focused = await pollUntil(() => focusInCard(card.frame), (f) => f.startsWith('true:'), 3000);
      expect(focused.startsWith('true:')).toBe(true);
      const keyed = toastOver((await cardRect(page))!);
      await pageShowsToast(page, keyed);
      await afterFrames(page);
      expect(await atOverlap(page, keyed)).toBe('backstory-card');
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-card');
      expect(await focusInCard(card.frame)).toBe(focused);
      // The keys still go to the card: Escape inside it closes it and gives the focus back.
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await focusComesBackTo(page, 'backstory-return-here')).toBe(true);
      expect(await page.evaluate(() => document.getElementById('toast')!.matches(':popover-open'))).toBe(true);
      await page.evaluate(() => document.getElementById('toast')!.hidePopover());

      // A card for a term in the page's lightbox (in the top layer itself) stays over a
      // toast shown after it too.
      await page.evaluate(() => document.getElementById('lightbox')!.showPopover());
      await afterFrames(page);
      await hoverText(page, 'Steve Witkoff', { within: 'Steve Witkoff, the Middle East' });
      await waitForCard(session, page, { until: (c) => c.text.includes('Steve Witkoff') });
      const inLightbox = toastOver(await waitForCardSteady(page));
      await pageShowsToast(page, inLightbox);
      await afterFrames(page);
      expect(await atOverlap(page, inLightbox)).toBe('backstory-card');
      await page.keyboard.press('Escape');
      await moveAway(page);
      expect(await waitForNoCard(session, page)).toBe(true);

      // The page's nodes: only the card host came and went (beside the test's link), and only
      // its own attributes changed, besides what the page's script did to its toast.
      const mutations = await mutationsIn(page);
      const name = (node: string): string => node.replace(/@.*/, '');
      const nodes = new Set(mutations.filter((m) => m.type === 'childList').flatMap((m) => [...m.added, ...m.removed].map(name)));
      nodes.delete('p');
      expect(nodes).toEqual(new Set(['backstory-card']));
      for (const m of mutations.filter((m) => m.type === 'attributes')) expect(['backstory-card', 'div#toast']).toContain(name(m.target));
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  it('stays over a toast a component shows from its shadow root (there beforetoggle never reaches the document)', async () => {
    const page = await session.open('/layout-late-toast.html', VIEW);
    try {
      await page.evaluate(() => {
        const ticker = document.body.appendChild(document.createElement('live-ticker'));
        const root = ticker.attachShadow({ mode: 'open' });
        root.innerHTML = '<div id="t" popover="manual" style="position: fixed; margin: 0; border: 0; background: #1d3557; color: #fff">Live</div>';
      });
      // 500 ms more: the component is read (its root listed) before the card opens.
      const { toast } = await cardOverSmotrich(page, 500);
      await page.evaluate((at: Rect) => {
        const el = document.querySelector('live-ticker')!.shadowRoot!.getElementById('t')!;
        Object.assign(el.style, { left: `${at.left}px`, top: `${at.top}px`, width: `${at.right - at.left}px`, height: `${at.bottom - at.top}px` });
        el.showPopover();
      }, toast);
      await afterFrames(page);
      expect(await atOverlap(page, toast)).toBe('backstory-card');
      await page.keyboard.press('Escape');
      await moveAway(page);
      expect(await waitForNoCard(session, page)).toBe(true);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  it('goes over a toast a component shows from its closed shadow root in the moment it is added', async () => {
    const page = await session.open('/layout-late-toast.html', VIEW);
    try {
      const { toast } = await cardOverSmotrich(page);
      // One task: the component goes on the page with its root, and shows its toast there at
      // once, before Backstory has read (so listened to) that root.
      await page.evaluate((at: Rect) => {
        const ticker = document.createElement('live-ticker');
        const root = ticker.attachShadow({ mode: 'closed' });
        root.innerHTML = '<div popover="manual" style="position: fixed; margin: 0; border: 0; background: #1d3557; color: #fff">Live</div>';
        const el = root.firstElementChild as HTMLElement;
        Object.assign(el.style, { left: `${at.left}px`, top: `${at.top}px`, width: `${at.right - at.left}px`, height: `${at.bottom - at.top}px` });
        document.body.appendChild(ticker);
        el.showPopover();
      }, toast);
      expect(await pollUntil(() => atOverlap(page, toast), (hit) => hit === 'backstory-card', 3_000)).toBe('backstory-card');
      expect(await cardShown(page)).toBe(true);
      await page.keyboard.press('Escape');
      await moveAway(page);
      expect(await waitForNoCard(session, page)).toBe(true);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  it('closes a card a modal dialog opened after it makes inert, leaving the dialog the focus', async () => {
    const page = await session.open('/layout-late-toast.html', VIEW);
    try {
      await waitForHighlights(page, { atLeast: 8 });
      await moveAway(page);
      await focusNewLink(page, 'backstory-return-here');
      await pressTermKeys(page, 'KeyJ');
      const card = await waitForCard(session, page);
      expect(await focusLands(card)).toBe(true);
      await page.evaluate(() => (document.getElementById('signup') as HTMLDialogElement).showModal());
      expect(await waitForNoCard(session, page)).toBe(true);
      await afterPageTimers(page, CARD_TIMERS_MS);
      expect(await page.evaluate(() => (document.getElementById('signup') as HTMLDialogElement).open)).toBe(true);
      expect(await page.evaluate(() => document.getElementById('signup')!.contains(document.activeElement))).toBe(true);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });
});
