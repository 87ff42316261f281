// Where the focus goes on the keyboard path, in Chromium and Firefox: into the card a
// shortcut opens, kept there on Tab, and back on Escape to the link that held it (the
// WAI-ARIA dialog pattern), also past a J inside the card and when the shortcut replaced a
// hovered term's card. Stepping between terms: annotator-keyboard.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForCard, waitForHighlights, waitForNoCard, type CardView } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { focusLands, termsInReadingOrder, waitForNextCard } from './keyboard-probes';
import { focusComesBackTo, focusNewLink, hoverText, moveAway, pressTermKeys } from './page-probes';

/** The card's content is in (waitForCard's own test, which an `until` replaces). */
const loaded = (card: CardView): boolean => !card.text.includes('Loading…');

describe.each(BROWSERS)('keyboard focus in %s', (kind) => {
  const session = useBrowser(kind);
  let page: Page;
  let order: string[];

  beforeAll(async () => {
    page = await session.open('/ontopic.html');
    await waitForHighlights(page, { atLeast: 10 });
    order = await termsInReadingOrder(page);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('keeps the focus in the card on Tab, and a press elsewhere on the page closes it', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await pressTermKeys(page, 'KeyJ');
    const card = await waitForCard(session, page);
    expect(await focusLands(card)).toBe(true);
    // Out of the card, the focus would go to the browser's controls, the card left open.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await card.frame.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await card.frame.evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
    // A card the keyboard opened stays under a moving pointer, but not a press elsewhere.
    await pressTermKeys(page, 'KeyJ');
    await waitForCard(session, page);
    await page.mouse.click(2, 2);
    expect(await waitForNoCard(session, page)).toBe(true);
  });

  // The WAI-ARIA dialog pattern: a reader who tabbed to a link and opened a card from there
  // gets the focus back on that link on Escape, where the page is now (not scrolled back to
  // it), and the keyboard stays on the card's term. Their place in the Tab order survives J
  // inside the card too (the card replaced hands the remembered element on).
  it('gives the focus back on Escape to the link that held it, without scrolling, past a J inside the card', async () => {
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await focusNewLink(page, 'backstory-return-here');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backstory-return-here');
    await pressTermKeys(page, 'KeyJ');
    const opened = await waitForCard(session, page);
    expect(await focusLands(opened)).toBe(true);
    await page.keyboard.press('j');
    const card = await waitForNextCard(session, page, (c) => loaded(c) && c.text !== opened.text);
    expect(await focusLands(card)).toBe(true);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
    expect(await focusComesBackTo(page, 'backstory-return-here')).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // The keyboard is still on the card's term: one step back and one on shows it again.
    await pressTermKeys(page, 'KeyK');
    const before = await waitForNextCard(session, page, (c) => loaded(c) && c.text !== card.text);
    await page.keyboard.press('j');
    const again = await waitForNextCard(session, page, (c) => loaded(c) && c.text !== before.text);
    expect(again.text).toBe(card.text);
    // Escape goes where the focus is: into the new card once it has it (a key that reaches
    // the card J replaced, in the instant before, is taken too: card-host.test.ts).
    expect(await focusLands(again)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
    await page.evaluate(() => document.getElementById('backstory-return-here')?.parentElement?.remove());
  });

  // The shortcut pressed while a hovered term's card shows: the keyboard's card replaces
  // it, and Escape still gives the focus back to the link (it went to the window).
  it('gives the focus back to the link when the shortcut replaced a hovered term’s card', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await focusNewLink(page, 'backstory-return-here');
    await hoverText(page, order[0]!);
    const hovered = await waitForCard(session, page);
    await pressTermKeys(page, 'KeyJ');
    const card = await waitForNextCard(session, page, (c) => loaded(c) && c.text !== hovered.text);
    expect(await focusLands(card)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
    expect(await focusComesBackTo(page, 'backstory-return-here')).toBe(true);
    await moveAway(page);
    await page.evaluate(() => document.getElementById('backstory-return-here')?.parentElement?.remove());
  });
});
