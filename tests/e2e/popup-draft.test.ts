// A note half written in the popup's Notes panel survives the popup closing (a click on the
// page closes the toolbar popup): opened again on the page, the popup opens on Notes with
// it in its editor, on the same target; saving it forgets the draft, and the popup opens on
// "This page" again. The page reached by a link to one of its sections (#fragment) is the
// same page: its draft comes back there too. Chromium with the real toolbar popup,
// closed by a click on the page as a reader closes it; Firefox with popup.html?tab=<id> in
// a tab that is closed (tests/e2e/popup-driver.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { pollUntil, waitForHighlights } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup, type PopupHandle } from './popup-driver';

const EDITOR = 'textarea[data-note-editor]';

describe.each(BROWSERS)('a note draft in the %s popup', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/popup/briefing.html');
    await waitForHighlights(page);
  });

  async function notesPanel(): Promise<PopupHandle> {
    const popup = await openPopup(session, page);
    await showPanel(popup.page, 'notes');
    return popup;
  }

  /** Opens the popup on Notes, starts a note on this page and types `text` into it. */
  async function typePageNote(text: string): Promise<PopupHandle> {
    const popup = await notesPanel();
    await waitInPopup(popup.page, '[data-action="note-page"]:not([disabled])');
    await popup.page.click('[data-action="note-page"]');
    await waitInPopup(popup.page, EDITOR);
    await popup.page.type(EDITOR, text);
    return popup;
  }

  /** Closes the popup: Chromium's toolbar popup by a click on the page (closing its page
   *  too, should the click not have), Firefox's tab by closing it. */
  async function closeByPage(popup: PopupHandle): Promise<void> {
    if (popup.via === 'action') {
      await page.bringToFront();
      await page.mouse.click(5, 5);
      await pollUntil(async () => popup.page.isClosed(), (closed) => closed, 1_000);
    }
    await popup.close();
  }

  it('keeps the text and its target while the popup is closed, and forgets it once saved', async () => {
    const first = await typePageNote('Ask who counts the hostages');
    // Kept a pause after the last key.
    const pageUrl = page.url();
    const kept = await pollUntil(() => askBackground(session, 'notes/draft-get', { pageUrl }), (d) => d !== null, 5_000);
    expect(kept).toEqual({ target: { kind: 'page' }, text: 'Ask who counts the hostages' });
    await closeByPage(first);

    // Opened again, the popup goes on with the note: on Notes, the draft in the editor, with
    // the focus, and no click on the Notes tab.
    const again = await openPopup(session, page);
    await waitInPopup(again.page, `[role=tabpanel][data-panel="notes"]:not([hidden]) ${EDITOR}`);
    expect(await again.page.$eval('[role=tab][aria-selected="true"]', (t) => t.getAttribute('data-tab'))).toBe('notes');
    expect(await again.page.$eval(EDITOR, (t) => (t as HTMLTextAreaElement).value)).toBe('Ask who counts the hostages');
    expect(await again.page.$eval('.editor-heading', (h) => h.textContent)).toBe('New note on this page');
    expect(await again.page.evaluate(() => document.activeElement?.matches('textarea[data-note-editor]') ?? false)).toBe(true);
    await again.page.type(EDITOR, ' on each side');
    await again.page.click('[data-action="save-note"]');
    await waitInPopup(again.page, '[data-note-id]');
    const notes = await askBackground(session, 'notes/list', { scope: 'page', pageUrl });
    expect(notes.map((n) => n.body.value)).toEqual(['Ask who counts the hostages on each side']);
    expect(await askBackground(session, 'notes/draft-get', { pageUrl })).toBeNull();
    await again.close();

    // Saved, the draft is gone: the popup opens on "This page" again.
    const third = await openPopup(session, page);
    await waitInPopup(third.page, '[role=tabpanel][data-panel="page"]:not([hidden]) [data-topic]');
    expect(await third.page.$eval('[role=tab][aria-selected="true"]', (t) => t.getAttribute('data-tab'))).toBe('page');
    await showPanel(third.page, 'notes');
    await waitInPopup(third.page, '[data-note-id]');
    expect(await third.page.$(EDITOR)).toBeNull();
    await third.close();
  });

  it('sends the draft as the popup closes right after the last key', async () => {
    const first = await typePageNote('Closed in a hurry');
    await first.close();

    const pageUrl = page.url();
    const kept = await pollUntil(() => askBackground(session, 'notes/draft-get', { pageUrl }), (d) => d !== null, 3_000);
    expect(kept?.text).toBe('Closed in a hurry');
    const again = await notesPanel();
    await waitInPopup(again.page, EDITOR);
    expect(await again.page.$eval(EDITOR, (t) => (t as HTMLTextAreaElement).value)).toBe('Closed in a hurry');
    await again.page.click('[data-action="cancel-note"]');
    expect(await pollUntil(() => askBackground(session, 'notes/draft-get', { pageUrl }), (d) => d === null, 3_000)).toBeNull();
    await again.close();
  });

  it('is found on the same page reached by a link to one of its sections', async () => {
    const first = await notesPanel();
    await waitInPopup(first.page, '[data-action="note-page"]:not([disabled])');
    await first.page.click('[data-action="note-page"]');
    await waitInPopup(first.page, EDITOR);
    await first.page.type(EDITOR, 'Written before the jump');
    await first.close();
    const pageUrl = page.url();
    expect(pageUrl).not.toContain('#');
    await pollUntil(() => askBackground(session, 'notes/draft-get', { pageUrl }), (d) => d !== null, 3_000);

    await page.evaluate(() => void (location.hash = 'section-2'));
    expect(page.url()).toBe(`${pageUrl}#section-2`);
    const again = await openPopup(session, page);
    await waitInPopup(again.page, `[role=tabpanel][data-panel="notes"]:not([hidden]) ${EDITOR}`);
    expect(await again.page.$eval(EDITOR, (t) => (t as HTMLTextAreaElement).value)).toBe('Written before the jump');
    await again.page.click('[data-action="cancel-note"]');
    expect(await pollUntil(() => askBackground(session, 'notes/draft-get', { pageUrl: `${pageUrl}#section-2` }), (d) => d === null, 3_000)).toBeNull();
    expect(await askBackground(session, 'notes/draft-get', { pageUrl })).toBeNull();
    await again.close();
    await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search));
  });
});
