// A note on a name found only on this page, from the popup's "This page", in Chromium and
// Firefox with the built extension: its Note button (pressed with the keyboard) opens the
// editor on the name's first mention, the saved note is a selection note on that mention,
// listed under the page in Notes and drawn in the page under backstory-note.
// "Faisal Al-Rumaihi" is written for the tests and known to no stored article.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForHighlights } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { askBackground, openPopup, waitForHighlight, waitInPopup } from './popup-driver';

const NAME = 'Faisal Al-Rumaihi';
const NOTE_BUTTON = `[data-term][data-linked="false"] [data-action="note-mention"][aria-label="Note on ${NAME}"]`;
const EDITOR = 'textarea[data-note-editor]';

describe.each(BROWSERS)('a note on a page-only name in the %s popup', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/popup/mediator.html');
    await waitForHighlights(page);
    await waitForHighlight(page, 'backstory-person', (t) => t.includes(NAME));
  });

  it('is made on its first mention, listed under the page and drawn in it', async () => {
    const popup = await openPopup(session, page);
    const p = popup.page;
    try {
      await waitInPopup(p, NOTE_BUTTON);
      // No entity to note on: the stored-entity button is not there.
      expect(await p.$$eval(`[data-term][data-linked="false"] [data-action="note-entity"]`, (els) => els.length)).toBe(0);
      await p.focus(NOTE_BUTTON);
      await p.keyboard.press('Enter');

      await waitInPopup(p, `[role=tabpanel][data-panel="notes"]:not([hidden]) ${EDITOR}`);
      expect(await p.$eval('.editor-heading', (h) => h.textContent)).toBe(`New note on “${NAME}” on this page`);
      expect(await p.$eval('.editor blockquote', (q) => q.textContent)).toBe(NAME);
      await p.type(EDITOR, 'Which ministry does he speak for?');
      await p.click('[data-action="save-note"]');
      await waitInPopup(p, '[data-note-id]');

      const pageUrl = page.url();
      const notes = await askBackground(session, 'notes/list', { scope: 'page', pageUrl });
      expect(notes).toHaveLength(1);
      const [note] = notes;
      expect(note?.body.value).toBe('Which ministry does he speak for?');
      expect(note?.backstory.entityId).toBeUndefined();
      const [quote, position] = note?.target.selector ?? [];
      // The first mention: after the dateline, not "Al-Rumaihi told reporters" further on.
      expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: NAME });
      expect(quote?.prefix).toMatch(/Qatari mediator $/);
      expect((position?.end ?? 0) - (position?.start ?? 0)).toBe(NAME.length);

      // Listed under this page, with its quote.
      expect(await p.$eval('select[data-note-scope]', (s) => (s as HTMLSelectElement).value)).toBe('page');
      expect(await p.$eval(`[data-note-id="${note?.id}"] [data-quote]`, (q) => q.textContent)).toBe(NAME);
      // Drawn in the page like any selection note, without a reload.
      expect(await waitForHighlight(page, 'backstory-note', (t) => t.length > 0)).toEqual([NAME]);
    } finally {
      await popup.close();
    }
  });
});
