// The popup at 200 % zoom in a narrow window, with a full library, in Chromium and Firefox
// with the built extension: a 580 px wide window zoomed to 200 % lays the popup out in 290
// CSS px. The tabs wrap whole (no "Settin…"), nothing in any panel runs past its right edge,
// and the Library's and the Notes' lists scroll within the panel to their last rows. Before,
// only the stylesheet's rules (popup-css.test.ts) and screenshots covered this.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForHighlights } from './harness';
import { setViewport } from './launch';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup, type PopupHandle } from './popup-driver';

/** 580 device px at 200 %, and as tall as the popup's own 580 px box. */
const ZOOMED = { width: 290, height: 640 };
const ARTICLES = 60;
const NOTES = 40;

const SHOTS = process.env.BACKSTORY_SHOTS;
const server = useFixtureServer();

interface Cut {
  what: string;
  right: number;
  edge: number;
}

/** What in the shown panel reaches past the panel's box on the right (or past the window),
 *  and the panel's own horizontal overflow. Screen-reader-only text is left out. */
function cutOff(popup: Page, panel: string): Promise<{ scrollWidth: number; clientWidth: number; page: number; window: number; below: number; cut: Cut[] }> {
  return popup.$eval(`[data-panel="${panel}"]`, (el) => {
    const box = el.getBoundingClientRect();
    const edge = box.left + el.clientWidth;
    const shown = [...el.querySelectorAll<HTMLElement>('*')].filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden'));
    const cut = shown
      .map((e) => ({ what: `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} “${(e.textContent ?? '').trim().slice(0, 30)}”`, right: Math.round(e.getBoundingClientRect().right), edge: Math.round(edge) }))
      .filter((c) => c.right > c.edge + 1);
    // Below the popup's box: the page should end with it (body's margin as a tab aside).
    const body = document.body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).marginBottom);
    const below = Math.round(document.documentElement.scrollHeight - Math.max(window.innerHeight, body));
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, page: document.documentElement.scrollWidth, window: window.innerWidth, below, cut };
  });
}

describe.each(BROWSERS)('the %s popup zoomed to 200 % with a full library', (kind) => {
  const session = useBrowser(kind, server);
  let popup: PopupHandle;

  beforeAll(async () => {
    const page = await session.open('/demo.html');
    await waitForHighlights(page);
    const articles = Array.from({ length: ARTICLES }, (_, i) => ({
      title: `Harbour authority weighs the dredging contract, round ${i + 1}`,
      source: 'Test Wire',
      url: `https://news.example.com/harbour-${i}`,
      date: '2025-03-01',
      text: `The harbour board met for the ${i + 1}th time.\n\nDredging bids were opened.`,
    }));
    await askBackground(session, 'library/add', { articles });
    for (let i = 0; i < NOTES; i++) await askBackground(session, 'notes/create', { text: `Note ${i + 1}: check the dredging figures against the board’s minutes.`, pageUrl: page.url(), pageTitle: 'Demo' });
    popup = await openPopup(session, page, { mode: 'tab' });
    await setViewport(popup.page, ZOOMED.width, ZOOMED.height);
    await waitInPopup(popup.page, '[data-term]');
  });

  /** The tabs' names, whether each shows whole and inside `width`, and how many rows they take. */
  async function tabsSeen(width: number): Promise<{ names: string[]; cut: string[]; rows: number }> {
    const tabs = await popup.page.$$eval('[role=tab]', (els) =>
      els.map((e) => ({ name: e.textContent ?? '', whole: e.scrollWidth <= e.clientWidth, right: e.getBoundingClientRect().right, top: Math.round(e.getBoundingClientRect().top) })),
    );
    return { names: tabs.map((t) => t.name), cut: tabs.filter((t) => !t.whole || t.right > width + 0.5).map((t) => t.name), rows: new Set(tabs.map((t) => t.top)).size };
  }

  it('wraps the tabs whole and cuts nothing off at the right of any panel', async () => {
    const p = popup.page;
    expect(await tabsSeen(ZOOMED.width)).toEqual({ names: ['This page', 'Notes', 'Library', 'Settings'], cut: [], rows: 1 });
    for (const [panel, ready] of [
      ['page', '[data-term]'],
      ['notes', '[data-note-id]'],
      ['library', '[data-panel="library"] [data-article-id]'],
      ['settings', '[data-panel="settings"] fieldset'],
    ] as const) {
      await showPanel(p, panel);
      await waitInPopup(p, ready);
      const seen = await cutOff(p, panel);
      if (SHOTS) await p.screenshot({ path: `${SHOTS}/zoomed-top-${panel}-${kind}.png` });
      expect(seen.cut, panel).toEqual([]);
      expect(seen.scrollWidth, panel).toBeLessThanOrEqual(seen.clientWidth);
      expect(seen.page, panel).toBeLessThanOrEqual(seen.window);
      // Nothing hangs below the popup's box either: text for screen readers only, placed
      // where it stands in a panel scrolled far down, made the page 200 px taller than it.
      expect(seen.below, panel).toBeLessThanOrEqual(1);
    }
  });

  it('scrolls the Library and the Notes lists to their last rows inside the panel', async () => {
    const p = popup.page;
    for (const [panel, label, atLeast] of [
      ['library', 'Stored articles', ARTICLES],
      ['notes', 'Notes', NOTES],
    ] as const) {
      await showPanel(p, panel);
      const list = `[data-panel="${panel}"] [role="list"][aria-label="${label}"]`;
      await waitInPopup(p, `${list} [role="listitem"]`);
      const box = await p.$eval(list, (el) => {
        const panelBox = (el.closest('[role=tabpanel]') as HTMLElement).getBoundingClientRect();
        const r = el.getBoundingClientRect();
        const padding = parseFloat(getComputedStyle(el.closest('[role=tabpanel]') as HTMLElement).paddingBottom);
        return { scrolls: el.scrollHeight > el.clientHeight, height: r.height, inPanel: r.top >= panelBox.top - 1 && r.bottom <= panelBox.bottom + 1, gapBelow: Math.round(panelBox.bottom - padding - r.bottom) };
      });
      if (SHOTS) await p.screenshot({ path: `${SHOTS}/zoomed-${panel}-${kind}.png` });
      // The list fills what the panel leaves: taller than the 160 px floor, within the panel,
      // down to its bottom (no blank strip under it).
      expect(box.scrolls, panel).toBe(true);
      expect(box.height, panel).toBeGreaterThan(160);
      expect(box.inPanel, panel).toBe(true);
      expect(box.gapBelow, panel).toBeLessThanOrEqual(1);
      // The sample articles are there too: the last row is the list's own count.
      const count = Number(await p.$eval(`${list} [role="listitem"]`, (el) => el.getAttribute('aria-setsize')));
      expect(count, panel).toBeGreaterThanOrEqual(atLeast);
      await p.$eval(list, (el) => el.scrollTo(0, el.scrollHeight));
      await waitInPopup(p, `${list} [role="listitem"][aria-posinset="${count}"]`, 5_000);
    }
  });

  it('puts the tabs on two rows, whole, in a narrower window still', async () => {
    // 440 device px at 200 % (a narrow side panel, or a larger text size at 290).
    await setViewport(popup.page, 220, ZOOMED.height);
    const seen = await tabsSeen(220);
    expect(seen.cut).toEqual([]);
    expect(seen.rows).toBe(2);
  });
});
