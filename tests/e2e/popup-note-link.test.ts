// A note written on a name only this page has, then an article naming it stored: in Chromium
// and Firefox with the built extension, the name's hover card shows the note, saying which
// name it was written on. Nothing links the note when it is saved (the name is unknown then):
// it is found by the name it keeps once the library knows that name.
// "Faisal Al-Rumaihi" is written for the tests and known to no bundled article.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { hoverText, moveAway, waitForCard, waitForHighlights, type CardView } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { askBackground, openPopup, waitForHighlight, waitInPopup } from './popup-driver';

const NAME = 'Faisal Al-Rumaihi';
const NOTE_TEXT = 'Which ministry does he speak for?';
const ARTICLE = {
  title: 'Qatar names a new envoy for the Gaza talks',
  source: 'Test Wire',
  url: 'https://news.example.com/qatar-envoy',
  date: '2025-02-07',
  text: 'Qatar named Faisal Al-Rumaihi as its envoy to the Gaza ceasefire talks on Friday.\n\nAl-Rumaihi, a former ambassador to Egypt, met Hamas negotiators in Doha and said the exchange of hostages and prisoners would go on.',
};

describe.each(BROWSERS)('a note on a page-only name, in %s, once the library knows the name', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/popup/mediator.html');
    await waitForHighlights(page);
    await waitForHighlight(page, 'backstory-person', (t) => t.includes(NAME));
  });

  it('shows on the card of the entity the name became', async () => {
    const popup = await openPopup(session, page);
    const p = popup.page;
    try {
      await waitInPopup(p, `[data-term][data-linked="false"] [data-action="note-mention"][aria-label="Note on ${NAME}"]`);
      await p.click(`[data-term][data-linked="false"] [data-action="note-mention"][aria-label="Note on ${NAME}"]`);
      await waitInPopup(p, '[role=tabpanel][data-panel="notes"]:not([hidden]) textarea[data-note-editor]');
      await p.type('textarea[data-note-editor]', NOTE_TEXT);
      await p.click('[data-action="save-note"]');
      await waitInPopup(p, '[data-note-id]');
      // The list says which name the note is on.
      expect(await p.$eval('[data-note-id] .row-foot .muted', (m) => m.textContent)).toMatch(new RegExp(`^on “${NAME}” · `));
    } finally {
      await popup.close();
    }
    const [note] = await askBackground(session, 'notes/list', { scope: 'page', pageUrl: page.url() });
    expect(note?.backstory).toMatchObject({ term: NAME });
    expect(note?.backstory.entityId).toBeUndefined();

    // Before the library knows the name, its card is a page-only name's, with the note on it.
    await hoverText(page, NAME);
    const before = await waitForCard(session, page, { until: (c) => c.text.includes(NOTE_TEXT) });
    expect(before.text).toContain('Only on this page');
    await moveAway(page);

    const added = await askBackground(session, 'library/add', { articles: [ARTICLE] });
    const entityCount = added.added[0]?.entityCount ?? 0;
    expect(entityCount).toBeGreaterThan(0);
    // The page refetches its matcher; then the name's card is the stored entity's, with the note.
    await waitForHighlights(page);
    // Hovered again until the restarted page shows the linked card (a hover during the
    // restart may land on the page-only name's).
    let card: CardView | null = null;
    for (let tries = 0; tries < 10 && !card?.text.includes('In your articles'); tries++) {
      await moveAway(page);
      await hoverText(page, NAME);
      card = await waitForCard(session, page, { until: (c) => c.text.includes('In your articles') }).catch(() => null);
    }
    expect(card?.text).toContain('In your articles');
    expect(card?.text).toContain(`${NOTE_TEXT} — on “${NAME}”`);
    expect(card?.text).toContain(ARTICLE.title);
  });
});
