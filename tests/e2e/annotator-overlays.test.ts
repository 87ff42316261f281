// The card over what news pages lay over their text, in Chromium and Firefox: the top layer
// (a modal <dialog>, which makes the rest of the page inert, and a lightbox popover, both
// centred by a transform) and fixed bars a keyboard step cannot scroll a term out from
// under. The card must show on top (the page's hit-testing finds its host at its middle),
// stay open, say the right thing, close alone on Escape, and add no node but its host.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  cardRect, cardShown, hoverText, moveAway, mutationsIn, overlaps, pollUntil, waitForCard, waitForCardSteady, waitForHighlights, waitForNoCard, type Rect,
} from './harness';
import { afterPageTimers, CARD_TIMERS_MS } from './page-clock';
import { focusComesBackTo, focusNewLink, pressTermKeys } from './page-probes';
import { BROWSERS, useBrowser } from './suite-browser';

const VIEW = { width: 1000, height: 700 };

/** What the page's hit-testing finds at the middle of the open card. */
async function onTop(page: Page): Promise<string | null> {
  const card = await cardRect(page);
  if (!card) return null;
  return page.evaluate((x: number, y: number) => document.elementFromPoint(x, y)?.localName ?? null, (card.left + card.right) / 2, (card.top + card.bottom) / 2);
}

/** The first or last registered term in document order inside `selector`: its text and box. */
function termAtEnd(page: Page, selector: string, end: 'first' | 'last'): Promise<{ text: string; rect: Rect } | null> {
  return page.evaluate((sel: string, first: boolean) => {
    const within = document.querySelector(sel)!;
    let found: Range | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (name.indexOf('backstory-') !== 0 || name === 'backstory-linked' || name === 'backstory-note') return;
      highlight.forEach((r) => {
        if (!within.contains(r.startContainer)) return;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const order = found ? live.compareBoundaryPoints(Range.START_TO_START, found) : 0;
        if (!found || (first ? order < 0 : order > 0)) found = live;
      });
    });
    if (!found) return null;
    const range = found as Range;
    const box = range.getBoundingClientRect();
    return { text: range.toString(), rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };
  }, selector, end === 'first');
}

const inView = (card: Rect): boolean => card.left >= 0 && card.top >= 0 && card.right <= VIEW.width && card.bottom <= VIEW.height;

describe.each(BROWSERS)('the card over overlays in %s', (kind) => {
  const session = useBrowser(kind);

  /** The open card shows `text`, on top of everything at its middle, inside the window. */
  async function expectCardOnTop(page: Page, text: string): Promise<void> {
    await waitForCard(session, page, { until: (c) => c.text.includes(text) });
    await waitForCardSteady(page);
    expect(await cardShown(page)).toBe(true);
    expect(await onTop(page)).toBe('backstory-card');
    expect(inView((await cardRect(page))!)).toBe(true);
  }

  it('shows the card over a modal dialog and a lightbox popover, by pointer and keyboard', async () => {
    const page = await session.open('/layout-top-layer.html', VIEW);
    try {
      await waitForHighlights(page, { atLeast: 10 });
      // Hovered at once: showing the dialog re-read its text ~150 ms on, which dropped the
      // mark under the resting pointer (observers.ts), and no card came.
      await page.evaluate(() => (document.getElementById('figures') as HTMLDialogElement).showModal());
      // Hover a name in the modal dialog: its card is over the dialog and its backdrop.
      await hoverText(page, 'Bezalel Smotrich', { within: 'Minister Bezalel Smotrich' });
      await expectCardOnTop(page, 'Bezalel Smotrich');
      const term = (await page.evaluate(() => {
        const r = document.getElementById('d-smotrich')!.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      })) as Rect;
      expect(overlaps((await cardRect(page))!, { ...term, bottom: term.top + 20 })).toBe(false);
      // Escape closes the card only; the dialog stays open.
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await page.evaluate(() => (document.getElementById('figures') as HTMLDialogElement).open)).toBe(true);
      // The keyboard steps onto the dialog's terms, not the inert ones behind it; the card
      // takes the focus, and Escape inside it closes it and leaves the dialog open.
      await moveAway(page);
      const inDialog = (await termAtEnd(page, '#figures', 'first'))!;
      await pressTermKeys(page, 'KeyJ');
      await expectCardOnTop(page, inDialog.text);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('backstory-card');
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await page.evaluate(() => (document.getElementById('figures') as HTMLDialogElement).open)).toBe(true);
      await page.evaluate(() => (document.getElementById('figures') as HTMLDialogElement).close());

      // A lightbox popover: hover, then the keyboard (on from the dialog's term, now hidden).
      await page.evaluate(() => document.getElementById('lightbox')!.showPopover());
      await hoverText(page, 'Steve Witkoff', { within: 'envoy Steve Witkoff' });
      await expectCardOnTop(page, 'Steve Witkoff');
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await page.evaluate(() => document.getElementById('lightbox')!.matches(':popover-open'))).toBe(true);
      await moveAway(page);
      const inLightbox = (await termAtEnd(page, '#lightbox', 'first'))!;
      await pressTermKeys(page, 'KeyJ');
      await expectCardOnTop(page, inLightbox.text);
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await page.evaluate(() => document.getElementById('lightbox')!.matches(':popover-open'))).toBe(true);

      // The page's DOM: the dialog's own open/close, and else only the card host, added to
      // the top-layer element it showed in and removed as often.
      const mutations = (await mutationsIn(page)).filter((m) => !(m.type === 'attributes' && m.target === 'dialog#figures@body' && m.attribute === 'open'));
      const childList = mutations.filter((m) => m.type === 'childList');
      expect(new Set(childList.flatMap((m) => [...m.added, ...m.removed]))).toEqual(new Set(['backstory-card']));
      expect(new Set(childList.map((m) => m.target))).toEqual(new Set(['dialog#figures@body', 'div#lightbox@body']));
      expect(childList.filter((m) => m.added.length).length).toBe(childList.filter((m) => m.removed.length).length);
      for (const m of mutations.filter((m) => m.type !== 'childList')) expect(m).toMatchObject({ type: 'attributes', target: 'backstory-card' });
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  // A small popover in a corner (a live-updates toast over the headline, at the top of the
  // page, where no scroll moves the headline out from under it) lies over the terms under
  // it only: the step passes the headline's name (its card would close at once) and reaches
  // the terms elsewhere, whose cards stay. A large lightbox shown over the toast leaves only
  // its own term, which the toast's box reaches but the lightbox lies over.
  it('steps past the term under a small corner popover only, and past every term under a large lightbox', async () => {
    const page = await session.open('/layout-corner-popover.html', VIEW);
    const boxOf = (id: string): Promise<Rect> => page.evaluate((el: string) => {
      const r = document.getElementById(el)!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }, id);
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await page.evaluate(() => document.getElementById('toast')!.showPopover());
      await moveAway(page);
      const toast = await boxOf('toast');
      const headline = (await termAtEnd(page, 'h1', 'first'))!;
      expect(overlaps(toast, headline.rect)).toBe(true);
      const first = (await termAtEnd(page, '#p-smotrich', 'first'))!;
      expect(overlaps(toast, first.rect)).toBe(false);
      // From the top: past the headline's name to the first term clear of the toast.
      await pressTermKeys(page, 'KeyJ');
      await expectCardOnTop(page, first.text);
      await afterPageTimers(page, CARD_TIMERS_MS);
      expect(await cardShown(page)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      // Back from there: past the headline's name again, round to the article's last term.
      const last = (await termAtEnd(page, 'article', 'last'))!;
      await pressTermKeys(page, 'KeyK');
      await expectCardOnTop(page, last.text);
      await afterPageTimers(page, CARD_TIMERS_MS);
      expect(await cardShown(page)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);

      // The lightbox, over the toast and every term of the article wherever a step leaves it.
      await page.evaluate(() => document.getElementById('lightbox')!.showPopover());
      const inLightbox = await pollUntil(() => termAtEnd(page, '#lightbox', 'first'), (t) => t !== null, 5_000, 100);
      expect(inLightbox).not.toBeNull();
      expect(overlaps(toast, inLightbox!.rect)).toBe(true);
      for (let i = 0; i < 2; i++) {
        await pressTermKeys(page, 'KeyJ');
        await expectCardOnTop(page, inLightbox!.text);
        await page.keyboard.press('Escape');
        expect(await waitForNoCard(session, page)).toBe(true);
      }
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  // A toast shown by the page lies in the top layer, over anything on <html> whatever its
  // z-index: a card for a term on the page itself must still be drawn over it where the two
  // meet, and placed as it would be without the toast.
  it('draws a card for a term on the page over a shown corner popover', async () => {
    const page = await session.open('/layout-corner-popover.html', VIEW);
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await moveAway(page);
      const term = (await termAtEnd(page, '#p-smotrich', 'first'))!;
      await hoverText(page, term.text, { within: 'Minister Bezalel Smotrich' });
      await expectCardOnTop(page, term.text);
      const alone = (await cardRect(page))!;
      await page.keyboard.press('Escape');
      await moveAway(page);
      expect(await waitForNoCard(session, page)).toBe(true);
      // The toast where that card goes, clear of its term.
      const toast: Rect = { left: alone.left + 20, top: alone.top + 20, right: alone.left + 220, bottom: alone.top + 100 };
      expect(overlaps(toast, term.rect)).toBe(false);
      await page.evaluate((t: Rect) => {
        const el = document.getElementById('toast')!;
        for (const [k, v] of Object.entries({ left: t.left, top: t.top, width: t.right - t.left, height: t.bottom - t.top })) el.style.setProperty(k, `${v}px`);
        el.showPopover();
      }, toast);
      await hoverText(page, term.text, { within: 'Minister Bezalel Smotrich' });
      await waitForCard(session, page, { until: (c) => c.text.includes(term.text) });
      const card = await waitForCardSteady(page);
      expect(Math.abs(card.left - alone.left)).toBeLessThan(2);
      expect(Math.abs(card.top - alone.top)).toBeLessThan(2);
      expect(overlaps(card, toast)).toBe(true);
      const x = (Math.max(card.left, toast.left) + Math.min(card.right, toast.right)) / 2;
      const y = (Math.max(card.top, toast.top) + Math.min(card.bottom, toast.bottom)) / 2;
      expect(await page.evaluate((px: number, py: number) => document.elementFromPoint(px, py)?.localName ?? null, x, y)).toBe('backstory-card');
      // Escape closes the card only; the toast stays.
      await page.keyboard.press('Escape');
      await moveAway(page);
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await page.evaluate(() => document.getElementById('toast')!.matches(':popover-open'))).toBe(true);
      // A keyboard card over the toast takes the focus, and Escape gives it back to the link.
      await focusNewLink(page, 'backstory-return-here');
      await pressTermKeys(page, 'KeyJ');
      await waitForCard(session, page);
      const focused = await pollUntil(() => page.evaluate(() => document.activeElement?.localName ?? null), (name) => name === 'backstory-card', 3000, 50);
      expect(focused).toBe('backstory-card');
      await page.keyboard.press('Escape');
      expect(await waitForNoCard(session, page)).toBe(true);
      expect(await focusComesBackTo(page, 'backstory-return-here')).toBe(true);
      expect(await page.evaluate(() => document.getElementById('toast')!.matches(':popover-open'))).toBe(true);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });

  it('keeps a keyboard card open for a term the page cannot scroll out from under its cookie bar', async () => {
    const page = await session.open('/layout-chrome.html', VIEW);
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await moveAway(page);
      // Back from the top: the page's last term, which ends the page under the fixed bar.
      const last = (await termAtEnd(page, 'body', 'last'))!;
      await pressTermKeys(page, 'KeyK');
      await expectCardOnTop(page, last.text);
      const term = (await termAtEnd(page, 'body', 'last'))!;
      expect(term.rect.bottom).toBeGreaterThan(VIEW.height - 150);
      // Still open a while later, not over its term.
      await afterPageTimers(page, CARD_TIMERS_MS);
      expect(await cardShown(page)).toBe(true);
      expect(overlaps((await cardRect(page))!, term.rect)).toBe(false);
    } finally {
      await moveAway(page);
      await page.close();
    }
  });
});
