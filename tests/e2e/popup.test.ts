// The popup on a real page, in Chromium and Firefox with the built extension and its real
// IndexedDB store: "This page" lists the page's entities (linked first, with counts), its
// figures with verdicts and the related seed article; a note on a text selection is kept,
// highlighted under backstory-note after a reload and listed; when the page's text changes
// the note is found again (fuzzy) or listed as an orphan with its quote.
//
// Chromium opens the real toolbar popup (chrome.action.openPopup()); Firefox opens
// popup.html?tab=<id> in a tab (tests/e2e/popup-driver.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForHighlights } from './harness';
import { setViewport } from './launch';
import { HIGHLIGHT_NAMES } from './page-probes';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, attributesOf, openPopup, selectText, showPanel, tabIdOf, waitForHighlight, waitForReport, waitInPopup, type PopupHandle } from './popup-driver';

const SEED_IDS = ['20c5c2cd8de497bc', '7b54d632695ac4de'];
/** The passage the note is on, as briefing.html first shows it. */
const QUOTE = 'cover the remaining hostages and a permanent end to the fighting';
const VARIANT_KEY = 'backstory-test-variant';

const server = useFixtureServer();

describe.each(BROWSERS)('popup in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page;
  let popup: PopupHandle | null = null;

  beforeAll(async () => {
    page = await session.open('/popup/briefing.html');
    await waitForHighlights(page);
  });

  async function reopen(): Promise<PopupHandle> {
    await popup?.close();
    popup = await openPopup(session, page);
    return popup;
  }

  async function reload(variant: string | null): Promise<void> {
    await page.evaluate((k: string, v: string | null) => (v === null ? localStorage.removeItem(k) : localStorage.setItem(k, v)), VARIANT_KEY, variant);
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page);
  }

  it('"This page" shows the entities, linked first with counts, the figures and the related seed article', async () => {
    const { page: p } = await reopen();
    await waitInPopup(p, '[data-term]');
    await waitInPopup(p, '[data-related]');
    expect(await attributesOf(p, '[data-topic]', 'data-on-topic')).toEqual(['true']);

    const terms = await p.$$eval('[data-term]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-entity-id'), linked: e.getAttribute('data-linked'), kind: e.getAttribute('data-kind'), count: Number(e.querySelector('[data-count]')?.textContent?.replace(/\D+/g, '') ?? 0) })),
    );
    const netanyahu = terms.find((t) => t.id === 'person:benjamin-netanyahu');
    expect(netanyahu).toMatchObject({ linked: 'true', kind: 'person' });
    expect(netanyahu?.count).toBeGreaterThanOrEqual(2);
    expect(terms.find((t) => t.id === 'person:steve-witkoff')?.linked).toBe('true');
    // Within each kind, linked terms come before unlinked ones.
    for (const k of ['person', 'org', 'place', 'event']) {
      const linked = terms.filter((t) => t.kind === k).map((t) => t.linked);
      expect(linked).toEqual([...linked].sort().reverse());
    }

    const related = await attributesOf(p, '[data-related]', 'data-article-id');
    expect(related.some((id) => SEED_IDS.includes(id ?? ''))).toBe(true);
    const why = await p.$eval('[data-related]', (e) => e.textContent ?? '');
    expect(why).toMatch(/Netanyahu|Witkoff|Hamas|Gaza/);

    // "at least 47,498 people have been killed": the seed's toll, so it agrees.
    const numbers = await p.$$eval('[data-number]', (els) => els.map((e) => ({ text: e.textContent ?? '', verdict: e.getAttribute('data-verdict') })));
    expect(numbers.find((n) => n.text.includes('47,498'))?.verdict).toBe('agrees');
    expect(numbers.every((n) => ['agrees', 'differs', 'none'].includes(n.verdict ?? ''))).toBe(true);
  });

  it('a note on the selected text is saved, highlighted after a reload, and listed', async () => {
    await selectText(page, QUOTE);
    const { page: p } = await reopen();
    await showPanel(p, 'notes');
    await waitInPopup(p, '[data-action="note-selection"]:not([disabled])');
    await p.click('[data-action="note-selection"]');
    await waitInPopup(p, 'textarea[data-note-editor]');
    await p.type('textarea[data-note-editor]', 'Phase two: who is left?');
    await p.click('[data-action="save-note"]');
    await waitInPopup(p, '[data-note-id]');

    const notes = await askBackground(session, 'notes/list', { scope: 'all' });
    expect(notes).toHaveLength(1);
    expect(notes[0]?.target.selector?.[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTE });
    expect(notes[0]?.target.source).toBe(page.url());

    await reload(null);
    expect(await waitForHighlight(page, 'backstory-note', (t) => t.includes(QUOTE))).toEqual([QUOTE]);
    const again = await reopen();
    await showPanel(again.page, 'notes');
    await waitInPopup(again.page, `[data-note-id="${notes[0]?.id}"]`);
    expect(await attributesOf(again.page, '[data-note-id]', 'data-orphan')).toEqual([null]);
    expect(await again.page.$eval('[data-note-id]', (e) => e.textContent ?? '')).toContain('Phase two: who is left?');
  });

  it('when the passage is reworded and moved, the note is found again', async () => {
    await reload('edited');
    const texts = await waitForHighlight(page, 'backstory-note', (t) => t.length > 0);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('remaining hostages and a permanent end to the fighting');
    const { page: p } = await reopen();
    await showPanel(p, 'notes');
    await waitInPopup(p, '[data-note-id]');
    expect(await attributesOf(p, '[data-note-id]', 'data-orphan')).toEqual([null]);
  });

  it('when the passage is gone, the note is listed as an orphan with its quote, not dropped', async () => {
    await reload('gone');
    // The page run is done once highlights are up; no note range may appear.
    expect(await waitForHighlight(page, 'backstory-note', (t) => t.length > 0, 2_000)).toEqual([]);
    const { page: p } = await reopen();
    await showPanel(p, 'notes');
    await waitInPopup(p, '[data-note-id][data-orphan="true"]');
    const quote = await p.$eval('[data-note-id] [data-quote]', (e) => `${e.getAttribute('title') ?? ''} ${e.textContent ?? ''}`);
    expect(quote).toContain('remaining hostages');
    expect(await askBackground(session, 'notes/list', { scope: 'all' })).toHaveLength(1);
    await reload(null);
  });

  it('says an off-topic page is not about the stored topics, what would make it count, and lists nothing of it', async () => {
    // Its report is kept by the topic gate's request itself (page/topic with reportUrl).
    const off = await session.open('/offtopic-superbowl.html');
    try {
      await popup?.close();
      popup = await openPopup(session, off);
      await waitInPopup(popup.page, '[data-topic]');
      expect(await attributesOf(popup.page, '[data-topic]', 'data-on-topic')).toEqual(['false']);
      expect(await popup.page.$$('[data-term]')).toHaveLength(0);
      // And what the reader can do about it: save the page, or let more pages count.
      expect(await popup.page.$eval('[data-off-topic-next]', (e) => e.textContent)).toMatch(/save it in the Library \(Save this page\).*Settings → Topic sensitivity/);
      if (process.env.BACKSTORY_SHOTS) await popup.page.screenshot({ path: `${process.env.BACKSTORY_SHOTS}/offtopic-${kind}.png` });
    } finally {
      await popup?.close();
      popup = null;
      await off.close();
    }
  });

  it('unticking one kind takes only its highlights away: the others never blank, none is matched again', async () => {
    await popup?.close();
    popup = null;
    await askBackground(session, 'settings/get', {}); // the helper tab opened before we sample
    await page.bringToFront();
    /** Ranges per highlight name, every few ms for `ms`, in the page world. */
    const sample = (ms: number): Promise<number[][]> =>
      page.evaluate(async (names: readonly string[], span: number) => {
        const out: number[][] = [];
        const end = performance.now() + span;
        // At least one sample: performance.now() is coarsened, and a 0.1 ms span took none.
        do {
          out.push(names.map((n) => CSS.highlights.get(n)?.size ?? 0));
          await new Promise((resolve) => setTimeout(resolve, 10));
        } while (performance.now() < end);
        return out;
      }, HIGHLIGHT_NAMES, ms);
    const [before] = await sample(0.1);
    const others = HIGHLIGHT_NAMES.map((_n, i) => i).filter((i) => HIGHLIGHT_NAMES[i] !== 'backstory-person' && before![i]! > 0);
    expect(before![HIGHLIGHT_NAMES.indexOf('backstory-person')]).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(1);
    const samples = sample(2500);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await askBackground(session, 'settings/set', { types: { person: false } });
      const seen = await samples;
      const blank = seen.filter((counts) => others.some((i) => counts[i] === 0));
      expect(blank.length, `samples with a shown kind at 0 (of ${seen.length})`).toBe(0);
      expect(seen.at(-1)![HIGHLIGHT_NAMES.indexOf('backstory-person')]).toBe(0);
      expect(seen.at(-1)!.filter((_c, i) => others.includes(i))).toEqual(others.map((i) => before![i]));
      // The page took it in place, with no new run to report: "This page" leaves it out all the same.
      const shown = await reopen();
      await waitInPopup(shown.page, '[data-term]');
      const kinds = await attributesOf(shown.page, '[data-term]', 'data-kind');
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds).not.toContain('person');
      await shown.close();
      popup = null;
    } finally {
      await askBackground(session, 'settings/set', { types: { person: true } });
    }
    await waitForHighlight(page, 'backstory-person', (texts) => texts.length > 0);
  });

  it('shows nothing of a page the tab has left for one Backstory does not run on', async () => {
    // Chromium tells the popup no tab URL without the tabs permission; the background asks
    // the tab's content script where it is, and here none answers.
    const left = await session.open('/ontopic.html?left-for-blank');
    try {
      await waitForHighlights(left);
      const tabId = await tabIdOf(session, left);
      await waitForReport(session, tabId);
      await left.goto('about:blank');
      await popup?.close();
      popup = await openPopup(session, left, { tabId });
      await waitInPopup(popup.page, '[data-empty="page"]');
      expect(await popup.page.$$('[data-term]')).toHaveLength(0);
    } finally {
      await popup?.close();
      popup = null;
      await left.close();
    }
  });

  it('fits a window narrower than its 400 px: nothing is cut off at the right, and the toolbar popup keeps its width', async () => {
    if (kind === 'chromium') {
      // The toolbar popup is sized from its content: still 400 px wide.
      const shown = await reopen();
      await waitInPopup(shown.page, '[data-term]');
      expect(await shown.page.evaluate(() => document.body.getBoundingClientRect().width)).toBe(400);
    }
    await popup?.close();
    popup = await openPopup(session, page, { mode: 'tab' });
    try {
      await setViewport(popup.page, 360, 640);
      await waitInPopup(popup.page, '[data-term]');
      for (const panel of ['page', 'notes', 'library', 'settings'] as const) {
        await showPanel(popup.page, panel);
        // The right edge of the page and of each control the reader can see (the Settings
        // tab, the Note buttons, the Delete buttons) within the 360 px.
        const edges = await popup.page.evaluate(() => {
          const shown = [...document.querySelectorAll('[role=tab], button, input, select, textarea')].filter((e) => e.getClientRects().length > 0 && !e.classList.contains('visually-hidden'));
          return { page: document.documentElement.scrollWidth, controls: Math.max(...shown.map((e) => e.getBoundingClientRect().right)) };
        });
        expect(edges, panel).toEqual({ page: 360, controls: expect.any(Number) as number });
        expect(edges.controls, panel).toBeLessThanOrEqual(360);
      }
    } finally {
      await popup.close();
      popup = null;
    }
  });
});
