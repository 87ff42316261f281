// Notes and settings as a page shows them, in Chromium and Firefox with the built extension:
// a selection note is drawn under `backstory-note` with exactly its text; when the page's
// text changes the note is found again (moved) or becomes an orphan; a kind switched off
// in the settings loses its highlights; a site switched off gets none. The test talks to
// the background the way the popup does: runtime messages from an extension page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Requests } from '../../src/messaging/contract';
import type { TabReplyEnvelope, TabRequests } from '../../src/messaging/tab-contract';
import { FIXTURES, launch, pause, startFixtureServer, waitForHighlights, type BrowserKind, type BrowserSession, type FixtureServer } from './harness';

/** The page the notes are on: a copy of the on-topic fixture the test rewrites between loads. */
const PAGE_FILE = `notes-page-${process.pid}.html`;

/** Text of every range under one highlight name, read in the page. */
function rangesOf(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n: string) => {
    const out: string[] = [];
    const h = CSS.highlights.get(n);
    if (!h) return out;
    h.forEach((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      out[out.length] = live.toString();
    });
    return out;
  }, name);
}

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await pause(150);
    value = await read();
  }
  return value;
}

/** An extension page (the card page, which shows an "expired" note without a nonce) to send
 *  runtime messages from, as the popup does. */
async function extensionPage(session: BrowserSession): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${session.extensionOrigin}/card.html`;
  if (session.kind === 'chromium') await page.goto(url);
  // page.goto() to a moz-extension:// URL can hang in Firefox (BROWSER-NOTES.md).
  else await (page.mainFrame() as unknown as { browsingContext: { navigate(u: string, wait: string): Promise<unknown> } }).browsingContext.navigate(url, 'complete');
  return page;
}

async function ask<K extends keyof Requests>(ext: Page, kind: K, req: Requests[K]['req']): Promise<Requests[K]['res']> {
  const reply = await ext.evaluate(
    async (k: string, r: unknown) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.runtime.sendMessage({ backstory: 1, kind: k, req: r })) as { ok: boolean; res?: unknown; error?: string };
    },
    kind,
    req as unknown,
  );
  if (!reply?.ok) throw new Error(`${kind}: ${reply?.error ?? 'no reply'}`);
  return reply.res as Requests[K]['res'];
}

/** A tab/* request to the one open tab with a content script (the fixture page), from the
 *  extension page. Tabs are tried in turn: without the "tabs" permission their URLs are hidden. */
async function askTab<K extends keyof TabRequests>(ext: Page, kind: K, req: TabRequests[K]['req']): Promise<TabReplyEnvelope<K>> {
  return ext.evaluate(
    async (k: string, r: unknown) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const tabs = await api.tabs.query({});
      const replies: unknown[] = [];
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        const reply: unknown = await api.tabs.sendMessage(tab.id, { backstoryTab: 1, kind: k, req: r }).catch(() => undefined);
        if (reply !== undefined) replies[replies.length] = reply;
      }
      return replies.length === 1 ? replies[0] : { ok: false, error: `${replies.length} tabs answered` };
    },
    kind,
    req as unknown,
  ) as Promise<TabReplyEnvelope<K>>;
}

describe.each<BrowserKind>(['chromium', 'firefox'])('notes and settings in the page, %s', (kind) => {
  let server: FixtureServer;
  let session: BrowserSession;
  let ext: Page;
  let original: string;
  let pageUrl: string;

  beforeAll(async () => {
    original = await readFile(join(FIXTURES, 'ontopic.html'), 'utf8');
    await writeFile(join(FIXTURES, PAGE_FILE), original);
    server = await startFixtureServer();
    session = await launch(kind, server);
    ext = await extensionPage(session);
    pageUrl = server.url(`/${PAGE_FILE}`);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await rm(join(FIXTURES, PAGE_FILE), { force: true });
  });

  it('draws a selection note made from the selection selector, with exactly its text', async () => {
    const page = await session.open(`/${PAGE_FILE}`);
    await waitForHighlights(page, { atLeast: 10 });
    // Select a phrase as a reader would, and ask the content script for its selector.
    const quote = 'urging the government not to let the deal collapse';
    await page.evaluate((q: string) => {
      const p = document.getElementById('p-deal') as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf(q);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + q.length);
      const sel = window.getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
    }, quote);
    await page.bringToFront();
    const selection = await askTab(ext, 'tab/selection', {});
    expect(selection.ok).toBe(true);
    const selector = selection.ok ? selection.res?.selector : undefined;
    expect(selector?.[0].exact).toBe(quote);
    const note = await ask(ext, 'notes/create', { text: 'Check who organised the rally', pageUrl, selector });
    await page.reload({ waitUntil: 'load' });
    expect(await waitFor(() => rangesOf(page, 'backstory-note'), (r) => r.length > 0)).toEqual([quote]);
    const status = await askTab(ext, 'tab/note-status', {});
    expect(status).toEqual({ ok: true, res: { anchored: [note.id], orphaned: [] } });
    await page.close();
  });

  it('finds the note again after the text moved, and calls it an orphan once it is gone', async () => {
    // A new paragraph before it: the stored position no longer holds, the quote does.
    const moved = original.replace('<p id="p-cabinet">', '<p>An added paragraph pushes the rest of the article further down the page.</p>\n<p id="p-cabinet">');
    await writeFile(join(FIXTURES, PAGE_FILE), moved);
    const page = await session.open(`/${PAGE_FILE}`);
    expect(await waitFor(() => rangesOf(page, 'backstory-note'), (r) => r.length > 0)).toEqual(['urging the government not to let the deal collapse']);
    // The sentence rewritten: nothing close enough is left.
    await writeFile(join(FIXTURES, PAGE_FILE), original.replace('urging the government not to let the deal collapse', 'asking for news of relatives'));
    await page.reload({ waitUntil: 'load' });
    await waitForHighlights(page, { atLeast: 10 });
    const status = await askTab(ext, 'tab/note-status', {});
    expect(status.ok && status.res.orphaned.length).toBe(1);
    expect(status.ok && status.res.anchored).toEqual([]);
    expect(await rangesOf(page, 'backstory-note')).toEqual([]);
    await writeFile(join(FIXTURES, PAGE_FILE), original);
    await page.close();
  });

  it('a kind switched off loses its highlights on settings-changed, and comes back', async () => {
    const page = await session.open(`/${PAGE_FILE}`);
    const before = await waitForHighlights(page, { atLeast: 10 });
    expect(before['backstory-number'].length).toBeGreaterThan(0);
    await ask(ext, 'settings/set', { types: { number: false } });
    const after = await waitFor(() => rangesOf(page, 'backstory-number'), (r) => r.length === 0);
    expect(after).toEqual([]);
    // The run restarted with numbers off; the other kinds are drawn again.
    expect((await waitFor(() => rangesOf(page, 'backstory-person'), (r) => r.length > 0)).length).toBeGreaterThan(0);
    expect(await rangesOf(page, 'backstory-number')).toEqual([]);
    await ask(ext, 'settings/set', { types: { number: true } });
    expect((await waitFor(() => rangesOf(page, 'backstory-number'), (r) => r.length > 0)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('a site switched off shows no highlight (entities or notes), and the popup still gets answers', async () => {
    const page = await session.open(`/${PAGE_FILE}`);
    await waitForHighlights(page, { atLeast: 10 });
    await ask(ext, 'settings/set', { offSites: ['127.0.0.1'] });
    try {
      const gone = await waitFor(() => rangesOf(page, 'backstory-person'), (r) => r.length === 0);
      expect(gone).toEqual([]);
      // A fresh load stays bare too.
      await page.reload({ waitUntil: 'load' });
      await pause(1500);
      for (const name of ['backstory-person', 'backstory-place', 'backstory-number', 'backstory-note']) expect(await rangesOf(page, name)).toEqual([]);
      const html = await askTab(ext, 'tab/page-html', {});
      expect(html.ok && html.res.html).toContain('Philadelphi Corridor');
      expect(await askTab(ext, 'tab/reveal', { entityId: null, text: 'Hamas', kind: 'org' })).toEqual({ ok: true, res: { found: false } });
    } finally {
      await ask(ext, 'settings/set', { offSites: [] });
    }
    await waitForHighlights(page, { atLeast: 10 });
    expect(await askTab(ext, 'tab/reveal', { entityId: null, text: 'Hamas', kind: 'org' })).toEqual({ ok: true, res: { found: true } });
    await page.close();
  });
});
