// "Recently deleted" in Chromium and Firefox with the built extension and its real
// IndexedDB store: a note and an article deleted in the popup outlive the popup (and its
// Undo); the message after each says where they stay, and links there from the keyboard;
// opened again, Settings lists both, and Restore puts each back where it was listed; an Undo
// pressed with Settings shown takes its row out of the list there and then.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForHighlights } from './harness';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, showPanel, waitInPopup, evaluateUntil, type PopupHandle } from './popup-driver';

/** A bundled sample article, stored on a profile's first run. */
const SEED_ID = '20c5c2cd8de497bc';
const NOTE_TEXT = 'Recheck the hostage figures before Friday';
const KEPT = ' Restore it within 30 days from Settings → Recently deleted.';

const server = useFixtureServer();

/** Waits for the status line to say `text`; fails with what it said instead. */
async function statusSays(popup: Page, text: string): Promise<void> {
  const said = (): Promise<string> => popup.$eval('[data-status]', (e) => e.textContent ?? '');
  await evaluateUntil(popup, (want: string) => document.querySelector('[data-status]')?.textContent === want, { timeout: 15_000 }, text).catch(async () => {
    throw new Error(`status: "${await said()}", not "${text}"`);
  });
}

describe.each(BROWSERS)('Recently deleted in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page;
  let popup: PopupHandle | null = null;
  let noteId = '';
  let seedTitle = '';

  beforeAll(async () => {
    page = await session.open('/popup/briefing.html');
    await waitForHighlights(page);
    const note = await askBackground(session, 'notes/create', { text: NOTE_TEXT, pageUrl: page.url(), pageTitle: 'Briefing' });
    noteId = note.id;
    const library = await askBackground(session, 'library/list', {});
    seedTitle = library.entries.find((e) => e.id === SEED_ID)?.title ?? '';
    expect(seedTitle).not.toBe('');
  });

  async function reopen(): Promise<Page> {
    await popup?.close();
    popup = await openPopup(session, page);
    return popup.page;
  }

  it('deletes a note and an article in the popup, says where they stay and goes there from the keyboard, then closes it', async () => {
    const p = await reopen();
    await showPanel(p, 'notes');
    await waitInPopup(p, `[data-note-id="${noteId}"]`);
    await p.click(`[data-note-id="${noteId}"] [data-action="delete-note"]`);
    await statusSays(p, `Note deleted.${KEPT}`);
    await showPanel(p, 'library');
    const row = `[aria-label="Stored articles"] [data-article-id="${SEED_ID}"]`;
    await waitInPopup(p, row);
    await p.click(`${row} [data-action="delete-article"]`);
    await evaluateUntil(p, (sel: string) => document.querySelector(sel) === null, { timeout: 15_000 }, row);
    await statusSays(p, `Deleted “${seedTitle}”.${KEPT}`);
    // The focus is on Undo; the link to Recently deleted is just before it.
    await evaluateUntil(p, () => document.activeElement?.getAttribute('data-action') === 'undo', { timeout: 5_000 });
    await p.keyboard.down('Shift');
    await p.keyboard.press('Tab');
    await p.keyboard.up('Shift');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('show-trash');
    await p.keyboard.press('Enter');
    await p.waitForSelector('[role=tabpanel][data-panel="settings"]:not([hidden])', { timeout: 10_000 });
    await evaluateUntil(p, () => document.activeElement?.getAttribute('data-section') === 'trash', { timeout: 15_000 });
    expect(await p.$$eval('[data-section="trash"] [data-trash-id]', (els) => els.length)).toBe(2);
    expect((await askBackground(session, 'notes/list', { scope: 'all' })).map((n) => n.id)).not.toContain(noteId);
    expect((await askBackground(session, 'library/list', {})).entries.map((e) => e.id)).not.toContain(SEED_ID);
    // The popup goes, and its Undo with it.
    await popup?.close();
    popup = null;
  });

  it('opened again, Settings lists both newest first and restores each; they are back in Notes and Library', async () => {
    const p = await reopen();
    await showPanel(p, 'settings');
    await waitInPopup(p, '[data-section="trash"] [data-trash-id]');
    const rows = await p.$$eval('[data-trash-id]', (els) => els.map((e) => ({ id: e.getAttribute('data-trash-id') ?? '', text: e.textContent ?? '' })));
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text).toContain(seedTitle);
    expect(rows[0]?.text).toContain('Article');
    expect(rows[1]?.text).toContain(NOTE_TEXT);

    // From the keyboard: the focus moves on to the row now in the restored one's place.
    await p.focus(`[data-trash-id="${rows[1]!.id}"] [data-action="trash-restore"]`);
    await p.keyboard.press('Enter');
    await statusSays(p, 'Note restored.');
    await evaluateUntil(p, () => document.querySelectorAll('[data-trash-id]').length === 1, { timeout: 15_000 });
    await evaluateUntil(p, (id: string) => document.activeElement === document.querySelector(`[data-trash-id="${id}"] [data-action="trash-restore"]`), { timeout: 5_000 }, rows[0]!.id);
    await p.keyboard.press('Enter');
    await statusSays(p, `“${seedTitle}” restored.`);
    await waitInPopup(p, '[data-empty="trash"]');
    expect(await p.$eval('[data-empty="trash"]', (e) => e.textContent)).toBe('Nothing deleted in the last 30 days.');

    await showPanel(p, 'notes');
    await waitInPopup(p, `[data-note-id="${noteId}"]`);
    await showPanel(p, 'library');
    await waitInPopup(p, `[aria-label="Stored articles"] [data-article-id="${SEED_ID}"]`);
    expect(await askBackground(session, 'trash/list', {})).toEqual([]);
  });

  it('follows an Undo pressed on Settings opened by its tab: the note is back, and its row leaves Recently deleted', async () => {
    const p = await reopen();
    await showPanel(p, 'notes');
    await waitInPopup(p, `[data-note-id="${noteId}"]`);
    await p.click(`[data-note-id="${noteId}"] [data-action="delete-note"]`);
    await statusSays(p, `Note deleted.${KEPT}`);
    // By the tab, not the message's link: the message keeps its Undo.
    await showPanel(p, 'settings');
    await waitInPopup(p, '[data-section="trash"] [data-trash-id]');
    await p.click('[data-action="undo"]');
    await statusSays(p, 'Note restored.');
    await waitInPopup(p, '[data-empty="trash"]');
    expect(await askBackground(session, 'trash/list', {})).toEqual([]);
    expect((await askBackground(session, 'notes/list', { scope: 'all' })).map((n) => n.id)).toContain(noteId);
  });
});
