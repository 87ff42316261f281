// Where Tab goes after a card the keyboard opened closes on Escape, on a page where nothing
// had the focus (the reader pressed Alt+Shift+J without tabbing into the page first), in
// Chromium and Firefox: on from the card's term, to the first link after it, on the page and
// in a modal dialog. Before, the focus went back to the window from the card's host, on
// <html> after everything (or at the dialog's end), and Tab went to the page's (or the
// dialog's) first link. Shift+Tab lands on the link right before the term (the browsers'
// own would skip it: shift-tab-back.ts), or on a search box between them; a link in an
// open shadow root before the term counts. Back to a focused link: annotator-keyboard-focus.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { pause, waitForCard, waitForHighlights, waitForNoCard } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { focusLands } from './keyboard-probes';
import { pressTermKeys } from './page-probes';

/** A link at the top of the page, and one at the end of every paragraph; once read again. */
async function addLinks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const link = (id: string): HTMLAnchorElement => Object.assign(document.createElement('a'), { id, href: `#${id}`, className: 'tab-place', textContent: '¶' });
    document.body.prepend(link('top-link'));
    for (const p of document.querySelectorAll('p[id]')) p.append(link(`after-${p.id}`));
  });
  await pause(500); // the paragraphs are read again
  await waitForHighlights(page, { atLeast: 10 });
}

/** Opens the first term's card by the term command with nothing focused, and closes it by Escape. */
async function openAndEscape(session: ReturnType<typeof useBrowser>, page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await pressTermKeys(page, 'KeyJ');
  const card = await waitForCard(session, page);
  expect(await focusLands(card)).toBe(true);
  await page.keyboard.press('Escape');
  expect(await waitForNoCard(session, page)).toBe(true);
  await pause(200); // the closed card's host leaves the page
}

/** The id of the focused element, in the document or in an open shadow root. */
async function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id ?? null;
  });
}

describe.each(BROWSERS)('Tab after a keyboard card closes, nothing focused before, in %s', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/ontopic.html');
    await waitForHighlights(page, { atLeast: 10 });
    await addLinks(page);
  });

  it('goes on from the card’s term, not from the top of the page', async () => {
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await pressTermKeys(page, 'KeyJ');
    const card = await waitForCard(session, page);
    expect(await focusLands(card)).toBe(true);
    // The first link after the first term in reading order (the one J opened).
    const expected = await page.evaluate(() => {
      const ranges: Range[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('backstory-') && name !== 'backstory-linked') highlight.forEach((r) => void ranges.push(r as Range));
      });
      ranges.sort((a, b) => (a.startContainer === b.startContainer ? a.startOffset - b.startOffset : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const first = ranges[0]?.startContainer;
      const after = [...document.querySelectorAll('a.tab-place')].find((a) => first && first.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      return after?.id ?? null;
    });
    expect(expected).toMatch(/^after-/);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
    await pause(200); // the closed card's host leaves the page
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(expected);
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(0);
  });

  it('goes back to the link right before the card’s term on Shift+Tab, drawn as focused', async () => {
    const back = await session.open('/ontopic.html');
    try {
      await waitForHighlights(back, { atLeast: 10 });
      await addLinks(back);
      // The last link before the first term in reading order (the one J opens).
      const expected = await back.evaluate(() => {
        let first: AbstractRange | null = null;
        const earlier = (a: AbstractRange, b: AbstractRange): boolean =>
          a.startContainer === b.startContainer ? a.startOffset < b.startOffset : (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('backstory-') || name === 'backstory-linked') return;
          highlight.forEach((r) => {
            if (!first || earlier(r, first)) first = r;
          });
        });
        const start = (first as AbstractRange | null)?.startContainer;
        const before = [...document.querySelectorAll('a[href]')].filter((a) => start && start.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING && !a.contains(start));
        return before.at(-1)?.id ?? null;
      });
      expect(expected).toMatch(/^(top-link|after-)/);
      await openAndEscape(session, back);
      await back.keyboard.down('Shift');
      await back.keyboard.press('Tab');
      await back.keyboard.up('Shift');
      expect(await focusedId(back)).toBe(expected);
      expect(await back.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    } finally {
      await back.close();
    }
  });

  it('counts a link in an open shadow root before the card’s term', async () => {
    const shadow = await session.open('/ontopic.html');
    try {
      await waitForHighlights(shadow, { atLeast: 10 });
      await addLinks(shadow);
      // A share bar with its link in an open shadow root, right before the first term's element.
      const first = await shadow.evaluate(() => {
        let start: AbstractRange | null = null;
        const earlier = (a: AbstractRange, b: AbstractRange): boolean =>
          a.startContainer === b.startContainer ? a.startOffset < b.startOffset : (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('backstory-') || name === 'backstory-linked') return;
          highlight.forEach((r) => {
            if (!start || earlier(r, start)) start = r;
          });
        });
        const term = (start as AbstractRange | null)?.startContainer;
        const host = document.createElement('share-bar');
        host.attachShadow({ mode: 'open' }).innerHTML = '<a id="shadow-share" href="#share">Share</a>';
        term?.parentElement?.before(host);
        const after = [...document.querySelectorAll('a.tab-place')].find((a) => term && term.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
        return after?.id ?? null;
      });
      expect(first).toMatch(/^after-/);
      await pause(500);
      await openAndEscape(session, shadow);
      await shadow.keyboard.press('Tab');
      expect(await focusedId(shadow)).toBe(first);
      await shadow.keyboard.down('Shift');
      await shadow.keyboard.press('Tab');
      await shadow.keyboard.up('Shift');
      expect(await focusedId(shadow)).toBe('shadow-share'); // the browser's own, from the focused link
    } finally {
      await shadow.close();
    }
  });

  it('goes back to a search box between that link and the term on Shift+Tab, Tab still on from the term', async () => {
    const field = await session.open('/ontopic.html');
    try {
      await waitForHighlights(field, { atLeast: 10 });
      await addLinks(field);
      // A search box right before the first term's element: Tab's place passes over it.
      const after = await field.evaluate(() => {
        let start: AbstractRange | null = null;
        const earlier = (a: AbstractRange, b: AbstractRange): boolean =>
          a.startContainer === b.startContainer ? a.startOffset < b.startOffset : (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('backstory-') || name === 'backstory-linked') return;
          highlight.forEach((r) => {
            if (!start || earlier(r, start)) start = r;
          });
        });
        const term = (start as AbstractRange | null)?.startContainer;
        term?.parentElement?.before(Object.assign(document.createElement('input'), { id: 'between', type: 'search' }));
        return [...document.querySelectorAll('a.tab-place')].find((a) => term && term.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)?.id ?? null;
      });
      expect(after).toMatch(/^after-/);
      await pause(500);
      await openAndEscape(session, field);
      await field.keyboard.down('Shift');
      await field.keyboard.press('Tab');
      await field.keyboard.up('Shift');
      expect(await focusedId(field)).toBe('between');
      await field.keyboard.press('Tab');
      expect(await focusedId(field)).toBe(after);
    } finally {
      await field.close();
    }
  });

  it('goes on from the card’s term in a modal dialog, not from the dialog’s first link', async () => {
    const dialogPage = await session.open('/layout-top-layer.html', { width: 1000, height: 700 });
    try {
      await waitForHighlights(dialogPage, { atLeast: 10 });
      // A link at the top of the dialog, before its term; the dialog's Close button after it.
      await dialogPage.evaluate(() => {
        const dialog = document.getElementById('figures') as HTMLDialogElement;
        dialog.prepend(Object.assign(document.createElement('a'), { id: 'dialog-top', href: '#dialog-top', textContent: 'Figures' }));
        dialog.showModal();
        (document.activeElement as HTMLElement | null)?.blur(); // showModal focused its first link
      });
      await pause(500); // the dialog's text is read again
      await waitForHighlights(dialogPage, { atLeast: 10 });
      expect(await dialogPage.evaluate(() => document.activeElement === document.body)).toBe(true);
      await pressTermKeys(dialogPage, 'KeyJ');
      const card = await waitForCard(session, dialogPage, { until: (c) => c.text.includes('Smotrich') });
      expect(await focusLands(card)).toBe(true);
      await dialogPage.keyboard.press('Escape');
      expect(await waitForNoCard(session, dialogPage)).toBe(true);
      await pause(200);
      await dialogPage.keyboard.press('Tab');
      expect(await dialogPage.evaluate(() => document.activeElement?.id)).toBe('figures-close');
      expect(await dialogPage.evaluate(() => (document.getElementById('figures') as HTMLDialogElement).open)).toBe(true);
    } finally {
      await dialogPage.close();
    }
  });
});
