// Drives the popup and the background from tests, in both browsers.
//
//   const tabId = await tabIdOf(session, page);           // the fixture tab's id
//   const popup = await openPopup(session, page);         // Chromium: chrome.action.openPopup()
//   await popup.page.click('[data-action="save-page"]');  // Firefox: popup.html?tab=<id> in a tab
//   const store = await askBackground(session, 'backup/export', { format: 'backup' });
//
// Chromium opens the real popup from the service worker (BROWSER-NOTES.md); the popup then
// finds the active tab itself. Firefox has no openPopup() a test can call, so the popup
// page is opened in a tab with ?tab=<id>, as the popup contract allows. Requests to the
// background go through an extension page's runtime.sendMessage with the wire envelope,
// the same path the popup uses.
import type { Browser, Page } from 'puppeteer-core';
import type { Requests } from '../../src/messaging/contract';
import type { FixtureServer } from './fixture-server';
import { launch, type BrowserKind, type BrowserSession } from './launch';
import { findText, highlightTexts } from './page-probes';
import { pollUntil } from './harness';

/** The few extension APIs the driver calls inside extension pages (browser.* or chrome.*). */
interface ExtApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}
type ExtGlobal = { browser?: ExtApi; chrome?: ExtApi };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface PopupHandle {
  page: Page;
  tabId: number;
  /** How it was opened: the real toolbar popup, or popup.html?tab=<id> in a tab. */
  via: 'action' | 'tab';
  close(): Promise<void>;
}

/** Navigates `page` to an extension URL (Firefox's page.goto() can hang on moz-extension://). */
export async function gotoExtensionUrl(session: BrowserSession, page: Page, url: string): Promise<void> {
  if (session.kind === 'firefox') {
    const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
    await frame.browsingContext.navigate(url, 'complete');
  } else {
    await page.goto(url, { waitUntil: 'load' });
  }
}

/** A tab on an extension page of ours, for asking the background and the tabs API. */
const helperPages = new WeakMap<Browser, Page>();
export async function extensionPage(session: BrowserSession): Promise<Page> {
  const known = helperPages.get(session.browser);
  if (known && !known.isClosed()) return known;
  const page = await session.browser.newPage();
  // card.html is an extension page with the full runtime API and no side effects without a nonce.
  await gotoExtensionUrl(session, page, `${session.extensionOrigin}/card.html#driver`);
  helperPages.set(session.browser, page);
  return page;
}

/** Sends one request to the background from an extension page and returns its answer;
 *  throws with the background's error message on an error reply. */
export async function askBackground<K extends keyof Requests>(session: BrowserSession, kind: K, req: Requests[K]['req']): Promise<Requests[K]['res']> {
  const page = await extensionPage(session);
  const reply = await page.evaluate(
    async (k: string, r: unknown) => {
      const api = ((globalThis as unknown as ExtGlobal).browser ?? (globalThis as unknown as ExtGlobal).chrome) as ExtApi;
      return (await api.runtime.sendMessage({ backstory: 1, kind: k, req: r })) as { ok: boolean; res?: unknown; error?: string } | undefined;
    },
    kind,
    req as unknown,
  );
  if (!reply) throw new Error(`${kind}: no reply from the background`);
  if (!reply.ok) throw new Error(`${kind}: ${reply.error ?? 'error reply'}`);
  return reply.res as Requests[K]['res'];
}

/** Every tab the extension sees: id, url when the browser tells it, and the URL of the page
 *  report the content script left for the popup (storage.session `page-report:<id>`). */
export async function extensionTabs(session: BrowserSession): Promise<{ id: number; url: string | null; reported: string | null }[]> {
  const page = await extensionPage(session);
  return page.evaluate(async () => {
    const api = ((globalThis as unknown as ExtGlobal).browser ?? (globalThis as unknown as ExtGlobal).chrome) as ExtApi;
    const tabs = await api.tabs.query({});
    const session = (await api.storage.session.get(null)) as Record<string, string | undefined>;
    // The report is kept as a JSON string (src/messaging/stored-report.ts). No named helper
    // here: tsx (npm start, the bench) wraps named functions in a __name() the page lacks.
    return tabs.flatMap((t) => {
      if (t.id === undefined) return [];
      const stored = session[`page-report:${t.id}`];
      return [{ id: t.id, url: t.url ?? null, reported: stored ? ((JSON.parse(stored) as { url?: string }).url ?? null) : null }];
    });
  });
}

/** The tab id of a page opened by the test: matched by URL (as the tabs API or the page's
 *  report gives it). Waits for the report when the browser hides tab URLs. */
export async function tabIdOf(session: BrowserSession, page: Page, timeout = 15_000): Promise<number> {
  const want = page.url().replace(/#.*$/, '');
  const end = Date.now() + timeout;
  let seen: Awaited<ReturnType<typeof extensionTabs>> = [];
  while (Date.now() < end) {
    seen = await extensionTabs(session);
    const hits = seen.filter((t) => t.url?.replace(/#.*$/, '') === want || t.reported?.replace(/#.*$/, '') === want);
    if (hits.length === 1) return (hits[0] as { id: number }).id;
    if (hits.length > 1) throw new Error(`${want} is open in ${hits.length} tabs; tests open each fixture once`);
    await sleep(200);
  }
  throw new Error(`no tab with ${want} among ${JSON.stringify(seen)}`);
}

/** Waits until the background holds a report for the tab (the content script has run). */
export async function waitForReport(session: BrowserSession, tabId: number, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await extensionTabs(session)).some((t) => t.id === tabId && t.reported)) return;
    await sleep(200);
  }
  throw new Error(`tab ${tabId} reported nothing within ${timeout} ms`);
}

/** Lets tab `tabId`'s page report go, as session-room.ts does when room runs short. */
export async function letReportGo(session: BrowserSession, tabId: number): Promise<void> {
  const ext = await extensionPage(session);
  await ext.evaluate(async (key: string) => {
    type Api = { storage: { session: { remove(key: string): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (g.browser ?? g.chrome)!.storage.session.remove(key);
  }, `page-report:${tabId}`);
}

async function openByAction(session: BrowserSession, page: Page, timeout: number): Promise<Page> {
  await page.bringToFront();
  // The worker may have stopped and started again since launch: always take the live target.
  let sw = null;
  for (let attempt = 0; attempt < 3 && !sw; attempt++) {
    const worker = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin), { timeout });
    sw = await worker.worker().catch(() => null);
    if (!sw) await sleep(300);
  }
  if (!sw) throw new Error('the service worker is not reachable to call chrome.action.openPopup()');
  const opened = await sw.evaluate('chrome.action.openPopup().then(() => true, (e) => String(e))');
  if (opened !== true) throw new Error(`chrome.action.openPopup() failed: ${String(opened)}`);
  const target = await session.browser.waitForTarget((t) => t.url().startsWith(`${session.extensionOrigin}/popup.html`), { timeout });
  // A popup may be a 'page' or an 'other' target; asPage() gives a Page for either.
  return (target.type() === 'page' ? await target.page() : null) ?? (await target.asPage());
}

/** The popup has drawn its tab strip (the DOM contract's [role=tab]). */
async function rendered(popup: Page, timeout: number): Promise<boolean> {
  try {
    await popup.waitForSelector('[role=tab]', { timeout });
    return true;
  } catch {
    return false;
  }
}

/** Opens the popup for the fixture tab `page`. Chromium: the real toolbar popup unless
 *  `mode: 'tab'`; Firefox: popup.html?tab=<id> in a new tab. `tabId` when the page's URL
 *  no longer finds its tab (it has left the page it reported). The popup has loaded its
 *  document when this returns; what it shows is up to the caller to wait for. */
export async function openPopup(session: BrowserSession, page: Page, opts: { mode?: 'action' | 'tab'; timeout?: number; tabId?: number } = {}): Promise<PopupHandle> {
  const timeout = opts.timeout ?? 15_000;
  const tabId = opts.tabId ?? (await tabIdOf(session, page, timeout));
  const mode = opts.mode ?? (session.kind === 'chromium' ? 'action' : 'tab');
  if (mode === 'action') {
    if (session.kind !== 'chromium') throw new Error('chrome.action.openPopup() is how Chromium tests open the popup; Firefox uses the tab mode');
    let popup = await openByAction(session, page, timeout);
    if (!(await rendered(popup, timeout / 2))) {
      // Seen once in ~10 runs after a browser restart: the popup document stayed empty.
      // Say so and open it again, so one slow start does not read as a broken popup.
      console.warn(`popup-driver: the toolbar popup showed no tabs within ${timeout / 2} ms; opening it again`);
      await popup.close().catch(() => undefined);
      popup = await openByAction(session, page, timeout);
      if (!(await rendered(popup, timeout))) throw new Error('the toolbar popup shows no [role=tab] (opened twice)');
    }
    const opened = popup;
    return { page: opened, tabId, via: 'action', close: () => opened.close().catch(() => undefined) };
  }
  const popup = await session.browser.newPage();
  await gotoExtensionUrl(session, popup, `${session.extensionOrigin}/popup.html?tab=${tabId}`);
  return { page: popup, tabId, via: 'tab', close: () => popup.close().catch(() => undefined) };
}

// ── A browser with a profile that outlives it (restart tests) ──────────────────────────

/** Launches `kind` on the profile in `profileDir` (created on first use). */
export function launchWithProfile(kind: BrowserKind, server: FixtureServer, profileDir: string): Promise<BrowserSession> {
  return launch(kind, server, { profileDir });
}

// ── Acting on the popup and the page ────────────────────────────────────────────────────

/** Shows a popup tab ('page' | 'notes' | 'library' | 'settings') and waits for its panel. */
export async function showPanel(popup: Page, name: 'page' | 'notes' | 'library' | 'settings'): Promise<void> {
  await popup.waitForSelector(`[role=tab][data-tab="${name}"]`, { timeout: 10_000 });
  await popup.click(`[role=tab][data-tab="${name}"]`);
  await popup.waitForSelector(`[role=tabpanel][data-panel="${name}"]:not([hidden])`, { timeout: 10_000 });
}

/** Selects the first occurrence of `text` in the page's document (one text node). */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await findText(page, text);
  try {
    const ok = await found.evaluate((range: Range | null) => {
      if (!range) return false;
      const selection = getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    });
    if (!ok) throw new Error(`"${text}" is not in the page`);
  } finally {
    await found.dispose();
  }
}

/** Waits until `test` holds for the ranges under `name`; returns the last texts read. */
export function waitForHighlight(page: Page, name: string, test: (texts: string[]) => boolean, timeout = 15_000): Promise<string[]> {
  return pollUntil(() => highlightTexts(page, name), test, timeout);
}

/** Attribute values of every element matching `selector` in the popup. */
export async function attributesOf(popup: Page, selector: string, attribute: string): Promise<(string | null)[]> {
  return popup.$$eval(selector, (els, a) => els.map((e) => e.getAttribute(a as string)), attribute);
}

/** Waits for `selector` in the popup, with a message naming what was awaited. */
export async function waitInPopup(popup: Page, selector: string, timeout = 15_000): Promise<void> {
  try {
    await popup.waitForSelector(selector, { timeout });
  } catch {
    const status = await popup.$eval('[data-status]', (e) => e.textContent).catch(() => null);
    throw new Error(`popup: no ${selector} within ${timeout} ms (status: ${status ?? 'none'})`);
  }
}

/** page.waitForFunction for extension pages: polls `fn` from here with evaluate, since
 *  Firefox 140's extension-page CSP blocks the Function() puppeteer's in-page poller uses. */
export async function evaluateUntil<A extends unknown[]>(page: Page, fn: (...args: A) => unknown, opts: { timeout?: number } = {}, ...args: A): Promise<void> {
  const timeout = opts.timeout ?? 30_000;
  const read = async (): Promise<boolean> => Boolean(await page.evaluate(fn as (...a: unknown[]) => unknown, ...args));
  if (!(await pollUntil(read, (done) => done, timeout, 100))) throw new Error(`evaluateUntil: not true within ${timeout} ms`);
}

/** Picks `file` as the backup to import in Settings and waits for the popup's new verdict on
 *  it (the previous one goes when a file is picked; the new one is told by its content).
 *  `beforeUpload` runs once the input is found, right before the file is given. */
export async function uploadBackup(popup: Page, file: string, beforeUpload?: () => Promise<void>): Promise<void> {
  const before = await popup.$eval('[data-import-result]', (e) => e.outerHTML).catch(() => '');
  const input = await popup.$('input[type=file][data-import-backup]');
  if (!input) throw new Error('no backup file input in the popup');
  await beforeUpload?.();
  await input.uploadFile(file);
  await evaluateUntil(popup, (b) => {
    const r = document.querySelector('[data-import-result]');
    return r !== null && r.outerHTML !== b;
  }, { timeout: 15_000 }, before);
}
