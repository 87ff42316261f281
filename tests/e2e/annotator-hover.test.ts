// Hover and keyboard in Chromium and Firefox: resting on a term opens the card (the
// extension's card.html in an iframe) with the stored sentence and source; figures carry
// data-verdict; Escape and moving away close it; the card never covers its term; the only
// node Backstory adds to the page is the card host, and only while the card shows (or, out
// of sight, loads for the term the pointer rests on).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  cardFrames, foreignRequests, hoverText, locateText, moveAway, mutationsIn, waitForCard, waitForHighlights, waitForNoCard, cardBox, clickIn, pollUntil,
} from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import type { CardView } from './card-probes';

const JEWISH_INSIDER = 'Jewish Insider';
const AFP = 'AFP (wire report)';

describe.each(BROWSERS)('hover card in %s', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/ontopic.html');
    await waitForHighlights(page, { atLeast: 10 });
  });

  async function closeCard(): Promise<void> {
    await moveAway(page);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
  }

  it('shows no card before anything is hovered', async () => {
    expect(await cardFrames(session, page)).toEqual([]);
  });

  it('opens a person’s card with the stored sentence and its source', async () => {
    await hoverText(page, 'Smotrich', { within: 'Smotrich repeated' });
    const card = await waitForCard(session, page, { until: (c) => c.text.includes('Bezalel Smotrich') });
    expect(card.text).toContain('threatened to withdraw from the coalition');
    expect(card.text).toContain(JEWISH_INSIDER);
    // An entity card compares no figure.
    expect(card.verdicts).toEqual([]);
    // Its text at the card's own size (Chromium sets extension pages' body to 75%).
    const sizes = await card.frame.evaluate(() => [document.body, document.querySelector('blockquote')].map((el) => (el ? getComputedStyle(el).fontSize : null)));
    expect(sizes).toEqual(['13px', '13px']);
  });

  it('closes on Escape', async () => {
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
  });

  it('opens an envoy’s card from the other stored article', async () => {
    await hoverText(page, 'Witkoff', { within: 'Witkoff is due' });
    const card = await waitForCard(session, page, { until: (c) => c.text.includes('Steve Witkoff') });
    expect(card.text).toContain('Middle East envoy');
    expect(card.text).toContain(AFP);
  });

  it('opens a related name in the same card, and goes back', async () => {
    const card = await waitForCard(session, page, { until: (c) => c.text.includes('Steve Witkoff') });
    const name = await card.frame.$eval('.related button', (b) => b.textContent ?? '');
    expect(name).not.toBe('');
    await clickIn(card.frame, '.related button');
    const heading = (c: CardView): Promise<string> => c.frame.$eval('h1', (h) => h.textContent ?? '');
    const opened = await waitForCard(session, page, { until: (c) => c.text.includes('Back to Steve Witkoff') });
    expect(await heading(opened)).toBe(name);
    // The card keeps the focus (the button pressed is gone): Escape and J/K still reach it.
    expect(await opened.frame.evaluate(() => document.activeElement?.classList.contains('card'))).toBe(true);
    await clickIn(opened.frame, '[data-action="back"]');
    const back = await waitForCard(session, page, { until: (c) => !c.text.includes('Back to') });
    expect(await heading(back)).toBe('Steve Witkoff');
    // The focus returns to the name that was opened, not to the top of the card.
    const focused = (): Promise<string | null | undefined> => back.frame.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent);
    expect(await pollUntil(focused, (text) => text === name, 2_000, 50)).toBe(name);
  });

  it('closes when the pointer moves away', async () => {
    await moveAway(page);
    expect(await waitForNoCard(session, page)).toBe(true);
  });

  it('calls a death toll that matches the stored one "agrees"', async () => {
    await hoverText(page, '47,498', { within: 'at least 47,498 deaths' });
    const card = await waitForCard(session, page, { until: (c) => c.verdicts.length > 0 });
    expect(card.verdicts).toContain('agrees');
    expect(card.verdicts).not.toContain('differs');
    expect(card.text).toContain('47,498');
    expect(card.text).toContain(AFP);
    await closeCard();
  });

  it('calls a death toll that does not match "differs", showing both figures', async () => {
    await hoverText(page, '48,200', { within: '48,200 deaths' });
    const card = await waitForCard(session, page, { until: (c) => c.verdicts.length > 0 });
    expect(card.verdicts[0]).toBe('differs');
    expect(card.text).toContain('48,200');
    expect(card.text).toContain('47,498');
    await closeCard();
  });

  it('places the card near the term without covering it', async () => {
    await hoverText(page, 'Jenin');
    await waitForCard(session, page);
    const box = await cardBox(page);
    const term = await page.evaluate(() => {
      const p = document.getElementById('p-jenin') as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('Jenin');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 5);
      const r = range.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    expect(box).toBeTruthy();
    if (!box) return;
    const overlaps = box.x < term.x + term.width && term.x < box.x + box.width && box.y < term.y + term.height && term.y < box.y + box.height;
    expect(overlaps).toBe(false);
    const viewport = page.viewport() ?? { width: 1200, height: 900 };
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Near: the card's closest edge is within 40px of the term.
    const gap = Math.max(box.y - (term.y + term.height), term.y - (box.y + box.height));
    expect(gap).toBeLessThanOrEqual(40);
    await closeCard();
  });

  it('loads the card out of sight while the pointer rests, and shows it when the delay ends', async () => {
    await moveAway(page);
    expect(await waitForNoCard(session, page)).toBe(true);
    await page.evaluate(() => {
      const log = { added: -1, addedHidden: false, shown: -1 };
      (window as unknown as { __cardLog: typeof log }).__cardLog = log;
      const visible = (el: HTMLElement): boolean => !el.inert && el.style.getPropertyValue('opacity') !== '0';
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const added = Array.prototype.find.call(r.addedNodes, (n: Node) => (n as Element).localName === 'backstory-card') as HTMLElement | undefined;
          if (added && log.added < 0) {
            log.added = performance.now();
            log.addedHidden = !visible(added);
          }
          const el = (added ?? r.target) as HTMLElement;
          if (el.localName === 'backstory-card' && visible(el) && log.shown < 0) {
            log.shown = performance.now();
            observer.disconnect();
          }
        }
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    await hoverText(page, 'Jenin');
    const card = await waitForCard(session, page);
    expect(card.text).toContain('Jenin');
    const log = await page.evaluate(() => (window as unknown as { __cardLog: { added: number; addedHidden: boolean; shown: number } }).__cardLog);
    // Added transparent and inert (no pointer, no focus, not announced), then shown.
    expect(log.addedHidden).toBe(true);
    expect(log.shown).toBeGreaterThan(log.added);
    await closeCard();
  });

  it('added to the page only its card host, and removed it again', async () => {
    const mutations = await mutationsIn(page);
    expect(mutations.length).toBeGreaterThan(0);
    const childList = mutations.filter((m) => m.type === 'childList');
    const hosts = new Set(childList.flatMap((m) => [...m.added, ...m.removed]));
    // One kind of node, an element hung on <html> or <body>, added and removed as often.
    expect(hosts.size).toBe(1);
    const [host] = [...hosts];
    expect(host).toMatch(/^[a-z][\w-]*(#[\w-]+)?@(html|body)$/);
    const added = childList.filter((m) => m.added.length).length;
    const removed = childList.filter((m) => m.removed.length).length;
    expect(added).toBe(removed);
    // Anything else may only touch that host's own attributes.
    for (const m of mutations.filter((m) => m.type !== 'childList')) {
      expect(m.type).toBe('attributes');
      expect(m.target).toBe(host);
    }
  });

  // Hover's code (content-more.js) loads at the first pointer movement on a page; a first
  // movement that lands straight on a term must still open its card once that code is in.
  it('opens a card when the first pointer movement on a page lands on the term', async () => {
    const fresh = await session.open('/ontopic.html?first-move');
    try {
      await waitForHighlights(fresh, { atLeast: 10 });
      const at = await locateText(fresh, 'Smotrich', { within: 'Smotrich repeated' });
      expect(at).not.toBeNull();
      await fresh.mouse.move(at!.x, at!.y);
      const card = await waitForCard(session, fresh, { until: (c) => c.text.includes('Bezalel Smotrich') });
      expect(card.text).toContain(JEWISH_INSIDER);
    } finally {
      await fresh.close();
    }
  });

  // "The ministry's previous tally … stood at 47,460": the figure's own sentence says nothing
  // of what it counts; the sentence before does (the death toll), and the card uses it.
  it('judges a figure that points back at the sentence before it', async () => {
    const fresh = await session.open('/previous-tally.html');
    try {
      await waitForHighlights(fresh, { atLeast: 5 });
      await hoverText(fresh, '47,460');
      const card = await waitForCard(session, fresh, { until: (c) => c.verdicts.length > 0 });
      expect(card.verdicts[0]).toBe('differs');
      expect(card.text).toContain('47,498');
    } finally {
      await fresh.close();
    }
  });

  it('asks no host but 127.0.0.1, and throws no page error', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
