// A note written on a long name with no place to break it (a page's or a file's, up to the
// 300 characters a term keeps): in Chromium and Firefox with the built extension, the notes
// list wraps "on “…”" inside the popup, its Edit and Delete still in view, and the name's
// card wraps it inside the card. Before, the line pushed both buttons out of the popup.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { hoverText, waitForCard, waitForHighlights } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup } from './popup-driver';

const NAME = 'Faisal Al-Rumaihi';
const LONG = `${NAME}${'Supercalifragilisticexpialidocious'.repeat(8)}`.slice(0, 300);

describe.each(BROWSERS)('a note on a long unbroken name, in %s', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/popup/mediator.html');
    await waitForHighlights(page);
    await askBackground(session, 'notes/create', {
      text: 'Who is this?',
      pageUrl: page.url(),
      pageTitle: 'Mediator',
      selector: [{ type: 'TextQuoteSelector', exact: NAME }, { type: 'TextPositionSelector', start: 0, end: NAME.length }],
      term: LONG,
    });
    // A note on the name itself whose text is one long word: the card has to wrap it.
    await askBackground(session, 'notes/create', {
      text: `See ${'https://news.example.com/'.repeat(8)}`,
      pageUrl: page.url(),
      selector: [{ type: 'TextQuoteSelector', exact: NAME }, { type: 'TextPositionSelector', start: 0, end: NAME.length }],
      term: NAME,
    });
  });

  it('wraps in the notes list, its buttons inside the popup', async () => {
    const popup = await openPopup(session, page);
    const p = popup.page;
    try {
      await showPanel(p, 'notes');
      await waitInPopup(p, '[data-note-id] [data-action="delete-note"]');
      const fit = await p.$$eval('[data-note-id]', (rows) => {
        const row = rows.find((r) => r.querySelector('.note-text')?.textContent === 'Who is this?');
        if (!row) throw new Error('no row for the note on the long name');
        const box = row.getBoundingClientRect();
        const edges = [...row.querySelectorAll('button, .row-foot .muted')].map((e) => e.getBoundingClientRect().right);
        return { rowRight: box.right, right: Math.max(...edges), meta: row.querySelector('.row-foot .muted')?.textContent ?? '', rowScroll: row.scrollWidth, rowWidth: row.clientWidth };
      });
      expect(fit.meta).toContain(`on “${LONG}”`);
      expect(fit.right).toBeLessThanOrEqual(fit.rowRight + 0.5);
      expect(fit.rowScroll).toBeLessThanOrEqual(fit.rowWidth);
    } finally {
      await popup.close();
    }
  });

  it('wraps a long note inside the name\'s card', async () => {
    await hoverText(page, NAME);
    const card = await waitForCard(session, page, { until: (c) => c.text.includes('news.example.com') });
    const fit = await card.frame.$$eval('li', (items) => {
      const li = items.find((i) => i.textContent?.includes('news.example.com'));
      if (!li) throw new Error('no note on the card');
      return { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, li: li.getBoundingClientRect().right };
    });
    expect(fit.scroll).toBeLessThanOrEqual(fit.width);
    expect(fit.li).toBeLessThanOrEqual(fit.width);
  });
});
