// A browser restart keeps everything: notes, the library and settings live in the
// extension's IndexedDB, which the same profile holds next time. Chromium and Firefox with
// the built extension, each launched twice on one profile directory. The caches kept beside
// them (each article's findings, the Library search's text index) survive too and serve
// the next start: a search and a save after the restart find what they should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, useFixtureServer } from './suite-browser';
import { pollUntil, waitForHighlights, type BrowserSession } from './harness';
import { askBackground, extensionPage, launchWithProfile, openPopup, showPanel, waitForHighlight, waitInPopup } from './popup-driver';

const QUOTE = 'a permanent end to the fighting';

const server = useFixtureServer();

interface Kept {
  articles: number;
  findings: number;
  /** Article ids the kept search index holds live documents for. */
  searched: string[];
}

/** What the store holds, read from an extension page (same origin as the background). */
async function kept(session: BrowserSession): Promise<Kept> {
  const page = await extensionPage(session);
  return page.evaluate(
    () =>
      new Promise<Kept>((done, fail) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'findings', 'search']);
          const out: Kept = { articles: 0, findings: 0, searched: [] };
          const articles = tx.objectStore('articles').count();
          articles.onsuccess = () => (out.articles = articles.result);
          const findings = tx.objectStore('findings').count();
          findings.onsuccess = () => (out.findings = findings.result);
          const search = tx.objectStore('search').get('text');
          search.onsuccess = () => {
            const record = search.result as { segments: { ids: string[] }[] } | undefined;
            out.searched = (record?.segments ?? []).flatMap((seg) => seg.ids.filter((id) => id !== ''));
          };
          tx.oncomplete = () => {
            db.close();
            done(out);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

/** The background writes its caches after answering: wait until every article is in them. */
const allKept = (session: BrowserSession): Promise<Kept> => pollUntil(() => kept(session), (k) => k.findings === k.articles && k.searched.length === k.articles);

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
    const crossing = await askBackground(session, 'library/list', { query: 'crossing reopened' });
    expect(crossing.entries.map((e) => e.id)).toContain(added.added[0]?.id);
    const keptBefore = await allKept(session);
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

    // The caches came through the restart and answer as before it; a save after it is
    // searchable at once, and is kept too.
    expect((await kept(session)).searched.sort()).toEqual(keptBefore.searched.sort());
    expect(await askBackground(session, 'library/list', { query: 'crossing reopened' })).toEqual(crossing);
    const saved = await askBackground(session, 'library/add', { articles: [{ title: 'Convoy waits at Kerem Shalom', source: 'Test Wire', url: 'https://news.example.com/convoy', date: '2025-02-06', text: 'Trucks carrying flour waited at Kerem Shalom on Thursday.' }] });
    const flour = await askBackground(session, 'library/list', { query: 'flour' });
    expect(flour.entries.map((e) => e.id)).toEqual([saved.added[0]?.id]);
    expect((await askBackground(session, 'library/list', { query: 'crossing reopened' })).total).toBe(crossing.total);
    const keptAfter = await allKept(session);
    expect(keptAfter.articles).toBe(keptBefore.articles + 1);
  });
});
