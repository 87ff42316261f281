// Export and import through the popup's Settings panel, in Chromium and Firefox with the
// built extension and its real IndexedDB: export → wipe → import gives back an identical
// store; each bad file is refused with a clear message saying what and where (a newer
// version's backup: that alone, and to update), and changes nothing, though a backup with
// a few bad records offers to import the rest; JSON of another shape (another app's export)
// is said by what it holds; HTML in an imported note is shown as text.
// A wiped store's Library and "This page" say how to fill it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForHighlights } from './harness';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, gotoExtensionUrl, openPopup, showPanel, tabIdOf, waitInPopup, type PopupHandle, evaluateUntil, uploadBackup } from './popup-driver';

const PAGE_URL = 'https://news.example.com/2025/02/truce-talks';

const server = useFixtureServer();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The store as a backup says it, without the export time. */
function storeOf(backupText: string): unknown {
  const doc = JSON.parse(backupText) as Record<string, unknown>;
  delete doc.exported;
  return doc;
}

/** Makes the popup's downloads land in window.__downloads instead of the Downloads folder. */
async function catchDownloads(popup: Page): Promise<void> {
  await popup.evaluate(() => {
    const w = window as unknown as { __downloads: { name: string; text: string }[] };
    w.__downloads = [];
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.text())
        .then((text) => w.__downloads.push({ name, text }));
    };
  });
}

async function nextDownload(popup: Page): Promise<{ name: string; text: string }> {
  await evaluateUntil(popup, () => (window as unknown as { __downloads: unknown[] }).__downloads.length > 0, { timeout: 10_000 });
  return popup.evaluate(() => (window as unknown as { __downloads: { name: string; text: string }[] }).__downloads.shift() as { name: string; text: string });
}

/** Picks `text` as the backup file and waits for the popup's verdict. */
async function importText(popup: Page, name: string, text: string): Promise<{ ok: string | null; errors: string[]; html: string }> {
  const file = join(dir, name);
  await writeFile(file, text);
  await uploadBackup(popup, file);
  return popup.$eval('[data-import-result]', (e) => ({ ok: e.getAttribute('data-ok'), errors: [...e.querySelectorAll('li')].map((li) => li.textContent ?? ''), html: e.innerHTML }));
}

describe.each(BROWSERS)('backup in %s', (kind) => {
  const session = useBrowser(kind, server);
  let page: Page;
  let popup: PopupHandle;
  let original = '';

  beforeAll(async () => {
    page = await session.open('/popup/briefing.html');
    await waitForHighlights(page);
    // Something of every kind in the store: a note with a selection, an entity note, an
    // added article, changed settings (the seed articles are there from the first run).
    await askBackground(session, 'notes/create', { text: 'Check the toll against the ministry', pageUrl: PAGE_URL, pageTitle: 'Truce talks', selector: [{ type: 'TextQuoteSelector', exact: 'at least 47,498', prefix: 'says ', suffix: ' people' }, { type: 'TextPositionSelector', start: 120, end: 135 }] });
    await askBackground(session, 'notes/create', { text: 'Envoy — watch the travel plans', pageUrl: PAGE_URL, entityId: 'person:steve-witkoff' });
    await askBackground(session, 'library/add', { articles: [{ title: 'Aid trucks cross at Rafah', source: 'Test Wire', url: 'https://news.example.com/aid', date: '2025-02-05', text: 'Aid trucks crossed into the Gaza Strip at Rafah on Wednesday.\n\nThe United Nations said 600 trucks a day were needed.' }] });
    await askBackground(session, 'settings/set', { hoverDelayMs: 500, offSites: ['sport.example.com'] });
    popup = await openPopup(session, page);
    await showPanel(popup.page, 'settings');
    await catchDownloads(popup.page);
  });

  it('export → wipe → import through the popup gives back an identical store', async () => {
    const p = popup.page;
    await waitInPopup(p, '[data-action="export-backup"]');
    await p.click('[data-action="export-backup"]');
    const file = await nextDownload(p);
    expect(file.name).toMatch(/^backstory-backup-\d{4}-\d{2}-\d{2}\.json$/);
    original = file.text;
    const doc = JSON.parse(original) as { articles: unknown[]; notes: unknown[] };
    expect(doc.notes).toHaveLength(2);
    expect(doc.articles.length).toBeGreaterThanOrEqual(3);
    expect(storeOf(original)).toEqual(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text));

    await p.click('[data-action="wipe"]');
    await waitInPopup(p, '[data-action="wipe-confirm"]');
    await p.click('[data-action="wipe-confirm"]');
    // The export left an ok status too: wait for the wipe's own, not any ok.
    await evaluateUntil(p, () => document.querySelector('[data-status][data-status-kind="ok"]')?.textContent?.includes('Everything was deleted'), { timeout: 15_000 });
    expect((await askBackground(session, 'library/list', {})).total).toBe(0);
    expect(await askBackground(session, 'notes/list', { scope: 'all' })).toEqual([]);
    // With nothing stored, the Library says how to add articles, and "This page" (once the
    // page has run again without the store) that nothing can be linked.
    await showPanel(p, 'library');
    await waitInPopup(p, '[data-panel="library"] [data-empty="library"]');
    expect(await p.$eval('[data-panel="library"] [data-empty="library"]', (e) => e.textContent ?? '')).toMatch(/^No stored articles yet\.Save this page, or add articles from files/);
    await showPanel(p, 'page');
    await evaluateUntil(p, () => document.querySelector('[data-panel="page"] [data-empty="no-articles"]')?.textContent?.includes('Your library is empty'), { timeout: 15_000 });
    await showPanel(p, 'settings');

    const result = await importText(p, 'backup.json', original);
    expect(result.ok).toBe('true');
    expect(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text)).toEqual(storeOf(original));
    // A second import of the same file adds nothing and changes nothing.
    expect((await importText(p, 'backup-again.json', original)).ok).toBe('true');
    expect(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text)).toEqual(storeOf(original));
  });

  it('the notes exports are W3C JSON-LD and Markdown', async () => {
    const p = popup.page;
    await p.click('[data-action="export-jsonld"]');
    const jsonld = JSON.parse((await nextDownload(p)).text) as { '@context': string; first: { items: { type: string }[] } };
    expect(jsonld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(jsonld.first.items.map((n) => n.type)).toEqual(['Annotation', 'Annotation']);
    await p.click('[data-action="export-markdown"]');
    const md = await nextDownload(p);
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain('Check the toll against the ministry');
  });

  it('bad files are refused with what is wrong and where, and change nothing', async () => {
    const p = popup.page;
    const doc = JSON.parse(original) as { notes: Record<string, unknown>[]; articles: Record<string, unknown>[]; settings: Record<string, unknown> };
    const note0 = doc.notes[0] as Record<string, unknown>;
    const bad: [name: string, text: string, expected: RegExp][] = [
      ['not-json.json', '{"format": "backstory-backup", "notes": [', /JSON/i],
      ['not-ours.json', JSON.stringify({ hello: 'world' }), /backup|format|expected/i],
      // Another app's export, a list: said by what it holds, under the file's name.
      ['reader-export.json', JSON.stringify([{ uri: 'https://example.org/a', text: 'Kept' }, { uri: 'https://example.org/b', text: 'Also kept' }]), /^reader-export\.json: not a Backstory backup or a W3C annotation collection, but a list of 2 items, perhaps another app’s export$/m],
      ['js-url.json', JSON.stringify({ ...doc, notes: [{ ...note0, id: 'urn:uuid:bad-1', target: { source: 'javascript:alert(1)' } }] }), /notes\[0\]\.target\.source: expected an http\(s\) URL/],
      ['duplicate-ids.json', JSON.stringify({ ...doc, notes: [note0, { ...note0, body: { type: 'TextualBody', value: 'other', format: 'text/plain' } }] }), /notes\[1\]\.id: duplicate of notes\[0\]/],
      ['too-long.json', JSON.stringify({ ...doc, notes: [{ ...note0, id: 'urn:uuid:long', body: { type: 'TextualBody', value: 'x'.repeat(100_001), format: 'text/plain' } }] }), /notes\[0\]\.body\.value/],
      ['wrong-type.json', JSON.stringify({ ...doc, settings: { ...doc.settings, hoverDelayMs: 'soon' } }), /settings\.hoverDelayMs/],
      ['html-id.json', JSON.stringify({ ...doc, articles: [...doc.articles, { ...doc.articles[0], id: '<b>bold</b>', title: '<b>bold</b>' }, { ...doc.articles[0], id: '<b>bold</b>' }] }), /duplicate/],
    ];
    for (const [name, text, expected] of bad) {
      const result = await importText(p, name, text);
      expect(result.ok, name).toBe('false');
      expect(result.errors.length, name).toBeGreaterThan(0);
      expect(result.errors.join('\n'), name).toMatch(expected);
      // Error text quoting the file is shown as text, never as markup.
      expect(result.html, name).not.toMatch(/<b>bold<\/b>/);
      expect(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text), name).toEqual(storeOf(original));
    }
    // A backup from a newer Backstory, whose settings have a form this one does not know:
    // one line saying so and what to do, not its records' "problems"; no partial import.
    const newer = await importText(p, 'newer.json', JSON.stringify({ ...doc, version: 2, settings: { ...doc.settings, types: ['person', 'org'] } }));
    expect(newer.ok).toBe('false');
    expect(newer.errors).toEqual(['This backup was made by a newer version of Backstory (backup version 2; this one reads version 1). Update Backstory, then import the file again.']);
    expect(await p.$('[data-action="import-valid"]')).toBeNull();
    expect(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text)).toEqual(storeOf(original));
  });

  it('a backup with one bad note is refused, then its valid records go in from the keyboard', async () => {
    const p = popup.page;
    const doc = JSON.parse(original) as { notes: Record<string, unknown>[]; articles: unknown[] };
    const note0 = doc.notes[0] as Record<string, unknown>;
    const good = { ...note0, id: 'urn:uuid:partly-good', body: { type: 'TextualBody', value: 'Kept from a partly bad file', format: 'text/plain' } };
    const bad = { ...note0, id: 'urn:uuid:partly-bad', target: { source: 'javascript:alert(1)' } };
    const result = await importText(p, 'partly-bad.json', JSON.stringify({ ...doc, notes: [...doc.notes, good, bad] }));
    expect(result.ok).toBe('false');
    expect(result.errors).toEqual([`notes[${doc.notes.length + 1}].target.source: expected an http(s) URL`]);
    expect(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text)).toEqual(storeOf(original));
    // Every article, the stored notes, the good one and the settings.
    const valid = doc.articles.length + doc.notes.length + 2;
    // Reachable by Tab from the file chooser (nothing focusable between them), pressed by Enter.
    await p.focus('input[type=file][data-import-backup]');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => ({ action: document.activeElement?.getAttribute('data-action'), text: document.activeElement?.textContent }))).toEqual({ action: 'import-valid', text: `Import the ${valid} valid records, skipping 1 invalid one` });
    await p.keyboard.press('Enter');
    await evaluateUntil(p, () => document.querySelector('[data-import-result]')?.getAttribute('data-ok') === 'true', { timeout: 15_000 });
    // Said once, in the report under the chooser, which takes the focus from the gone button.
    const report = await p.$eval('[data-import-result]', (e) => ({ text: e.textContent ?? '', focused: document.activeElement === e, status: document.querySelector('[data-status]')?.textContent }));
    expect(report.text).toMatch(new RegExp(`^Took the file's ${valid} valid records and left out 1 invalid one \\(1 note\\): added 0 articles and 1 note;`));
    expect(report.focused).toBe(true);
    expect(report.status).toBe('');
    const ids = (await askBackground(session, 'notes/list', { scope: 'all' })).map((n) => n.id);
    expect(ids).toContain('urn:uuid:partly-good');
    expect(ids).not.toContain('urn:uuid:partly-bad');
    await askBackground(session, 'notes/delete', { id: 'urn:uuid:partly-good' });
  });

  it('HTML in an imported note is accepted as text and shown as text', async () => {
    const p = popup.page;
    const note0 = (JSON.parse(original) as { notes: Record<string, unknown>[] }).notes[0] as Record<string, unknown>;
    const hostile = '<img src=x onerror="document.title=\'owned\'"> <script>alert(1)</script> plain words';
    const doc = { ...(JSON.parse(original) as Record<string, unknown>), notes: [{ ...note0, id: 'urn:uuid:html-note', body: { type: 'TextualBody', value: hostile, format: 'text/plain' } }] };
    expect((await importText(p, 'html-note.json', JSON.stringify(doc))).ok).toBe('true');
    await showPanel(p, 'notes');
    await p.select('select[data-note-scope]', 'all');
    await waitInPopup(p, '[data-note-id="urn:uuid:html-note"]');
    const row = await p.$eval('[data-note-id="urn:uuid:html-note"]', (e) => ({ text: e.textContent ?? '', imgs: e.querySelectorAll('img, script').length }));
    expect(row.text).toContain(hostile);
    expect(row.imgs).toBe(0);
    expect(await p.title()).not.toBe('owned');
    await showPanel(p, 'settings');
  });

  // Firefox closes its toolbar popup when a file dialog opens: there the file buttons open
  // popup.html?tab=<id>&panel=<panel> in a tab, which must open on that panel, files ready.
  // Last: a new page takes the focus, and Chromium's toolbar popup closes with it.
  it('opens on the panel its address names (?panel=), its file input ready', async () => {
    const tabId = await tabIdOf(session, page);
    const p = await session.browser.newPage();
    try {
      await gotoExtensionUrl(session, p, `${session.extensionOrigin}/popup.html?tab=${tabId}&panel=library`);
      await waitInPopup(p, 'input[type=file][data-import-articles]');
      expect(await p.$eval('[data-tab][aria-selected="true"]', (e) => e.getAttribute('data-tab'))).toBe('library');
    } finally {
      await p.close();
    }
  });
});
