// Firefox's toolbar popup sends an export to a tab (a save dialog would close the popup and
// the Blob URL with it): popup.html?tab=<id>&panel=settings&export=<format>. That tab must
// save the file at once, with the store's content, say so, and not save it again on reload.
// Firefox only: Chrome's popup exports in place (popup-backup.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, pause, pollUntil, type BrowserSession } from './harness';
import { useFixtureServer } from './suite-browser';
import { askBackground, gotoExtensionUrl, tabIdOf, waitInPopup, evaluateUntil } from './popup-driver';

const server = useFixtureServer();

/** Finished files in `dir` (Firefox writes a .part file first). */
async function saved(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => !f.endsWith('.part')).sort();
}

/** The store as a backup says it, without the export time. */
function storeOf(backupText: string): unknown {
  const doc = JSON.parse(backupText) as Record<string, unknown>;
  delete doc.exported;
  return doc;
}

describe('export in a tab, in firefox', () => {
  let dir: string;
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstory-export-'));
    session = await launch('firefox', server, { downloadDir: dir });
    page = await session.open('/popup/briefing.html');
    await askBackground(session, 'notes/create', { text: 'Saved from the tab', pageUrl: 'https://news.example.com/a', entityId: 'person:steve-witkoff' });
  });
  afterAll(async () => {
    await session?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('saves the named export once, with the store in it, and says so', async () => {
    const tabId = await tabIdOf(session, page);
    const p = await session.browser.newPage();
    await gotoExtensionUrl(session, p, `${session.extensionOrigin}/popup.html?tab=${tabId}&panel=settings&export=backup`);
    await waitInPopup(p, '[data-status][data-status-kind="ok"]');
    const said = await p.$eval('[data-status]', (e) => e.textContent ?? '');
    expect(said).toMatch(/^Exported backstory-backup-\d{4}-\d{2}-\d{2}\.json\.$/);
    const name = said.slice('Exported '.length, -1);
    expect(await pollUntil(() => saved(dir), (files) => files.length > 0)).toEqual([name]);
    const text = await readFile(join(dir, name), 'utf8');
    expect((JSON.parse(text) as { notes: { body: { value: string } }[] }).notes.map((n) => n.body.value)).toEqual(['Saved from the tab']);
    expect(storeOf(text)).toEqual(storeOf((await askBackground(session, 'backup/export', { format: 'backup' })).text));
    // The focus is on what happened; the address no longer names the export.
    expect(await p.evaluate(() => document.activeElement?.hasAttribute('data-status'))).toBe(true);
    const href = await p.evaluate(() => location.href);
    expect(href).toBe(`${session.extensionOrigin}/popup.html?tab=${tabId}&panel=settings`);

    // A reload opens Settings again and exports nothing.
    await p.evaluate(() => {
      (window as unknown as { before?: boolean }).before = true;
      setTimeout(() => location.reload(), 0);
    });
    await evaluateUntil(p, () => !(window as unknown as { before?: boolean }).before && document.querySelector('[data-action="export-backup"]') !== null, { timeout: 15_000 });
    // Fixed time: a second download would come from the background on no timer of the page's; 1.5 s is well past one.
    await pause(1500);
    expect(await p.$eval('[data-status]', (e) => e.textContent)).toBe('');
    expect(await saved(dir)).toEqual([name]);
    await p.close();
  });
});
