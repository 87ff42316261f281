// A browser restart keeps everything: notes, the library and settings live in the
// extension's IndexedDB, which the same profile holds next time. Chromium and Firefox with
// the built extension, each launched twice on one profile directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForHighlights, type BrowserSession } from './harness';
import { BROWSERS, useFixtureServer } from './suite-browser';
import { askBackground, launchWithProfile, openPopup, showPanel, waitForHighlight, waitInPopup } from './popup-driver';

const QUOTE = 'a permanent end to the fighting';

const server = useFixtureServer();

describe.each(BROWSERS)('restart in %s', (kind) => {
  let profile: string;
  let session: BrowserSession | null = null;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), `backstory-profile-${kind}-`));
  });
  afterAll(async () => {
    await session?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('notes, the library and settings are still there after the browser restarts', async () => {
    session = await launchWithProfile(kind, server, profile);
    const page = await session.open('/popup/briefing.html');
    await waitForHighlights(page);
    // A selection note made the way the popup makes it: the content script's selector.
    const pageUrl = page.url();
    const start = await page.evaluate((q: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(q);
        if (at >= 0) {
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + q.length);
          (getSelection() as Selection).removeAllRanges();
          (getSelection() as Selection).addRange(r);
          return at;
        }
      }
      return -1;
    }, QUOTE);
    expect(start).toBeGreaterThanOrEqual(0);
    const popup = await openPopup(session, page);
    await showPanel(popup.page, 'notes');
    await waitInPopup(popup.page, '[data-action="note-selection"]:not([disabled])');
    await popup.page.click('[data-action="note-selection"]');
    await waitInPopup(popup.page, 'textarea[data-note-editor]');
    await popup.page.type('textarea[data-note-editor]', 'Kept across restarts');
    await popup.page.click('[data-action="save-note"]');
    await waitInPopup(popup.page, '[data-note-id]');
    const added = await askBackground(session, 'library/add', { articles: [{ title: 'Border crossing reopens for aid', source: 'Test Wire', url: 'https://news.example.com/crossing', date: '2025-02-05', text: 'The Rafah crossing reopened for aid on Wednesday.' }] });
    await askBackground(session, 'settings/set', { hoverDelayMs: 650 });
    const before = (await askBackground(session, 'backup/export', { format: 'backup' })).text;
    await session.close();
    session = null;

    session = await launchWithProfile(kind, server, profile);
    const again = await session.open('/popup/briefing.html');
    await waitForHighlights(again);
    expect(again.url()).toBe(pageUrl);
    // The note is drawn again on the page and listed in the popup.
    expect(await waitForHighlight(again, 'backstory-note', (t) => t.includes(QUOTE))).toEqual([QUOTE]);
    const p = (await openPopup(session, again)).page;
    await showPanel(p, 'notes');
    await waitInPopup(p, '[data-note-id]');
    expect(await p.$eval('[data-note-id]', (e) => e.textContent ?? '')).toContain('Kept across restarts');
    await showPanel(p, 'library');
    await waitInPopup(p, `[data-article-id="${added.added[0]?.id}"]`);
    expect((await askBackground(session, 'settings/get', {})).hoverDelayMs).toBe(650);
    const after = (await askBackground(session, 'backup/export', { format: 'backup' })).text;
    const strip = (t: string): unknown => ({ ...(JSON.parse(t) as object), exported: null });
    expect(strip(after)).toEqual(strip(before));
  });
});
