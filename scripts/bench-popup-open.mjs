// How bench-popup.mjs opens and times the popup: the toolbar popup (chrome.action.
// openPopup()) or popup.html?tab=<id> in a tab, beside a no-work page of ours opened the same
// way; the marks popup.js leaves; one traced load for V8's share. See bench-popup.mjs.
/* global window, document, performance, chrome -- functions passed to evaluate() run in the popup and extension pages */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One load of popup.html under a trace: V8's time on popup.js (ms). Tracing slows the
 *  page, so these loads are apart from the timed ones. */
export async function popupTrace(session, tabId) {
  const page = await session.browser.newPage();
  await page.tracing.start({ categories: ['devtools.timeline', 'v8'] });
  await page.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-panel="page"] [data-term], [data-panel="page"] [data-empty="page"]', { timeout: 60_000 });
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  await page.close();
  const sum = (...names) => events.filter((e) => names.includes(e.name) && /\/(popup|chunks\/[^/]+)\.js$/.test(String(e.args?.data?.url ?? e.args?.fileName ?? ''))).reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);
  return {
    parse: sum('v8.parseOnBackground', 'v8.compile'), // streamed parse off the main thread + main-thread compile
    cache: sum('v8.deserializeOnBackground'), // or the code cache read instead of a parse
    evaluate: sum('EvaluateScript'), // main thread: top-level run, lazy compiles included
  };
}

// Records, in the popup, the first animation frame after the tab strip and after "This page"
// holds its terms; installed before popup.js runs (evaluateOnNewDocument in a tab; in the
// toolbar popup a copy of the page with this as its first script, see writeProbe).
const OBSERVER = `(() => {
  const mark = (name) => { if (window[name] === undefined) { window[name] = null; requestAnimationFrame(() => { window[name] = performance.now(); }); } };
  new MutationObserver(() => {
    if (document.querySelector('[data-panel="page"] [data-term], [data-panel="page"] [data-empty="page"]')) mark('__pageRendered');
    if (document.querySelector('[role=tab]')) mark('__shellRendered');
  }).observe(document, { childList: true, subtree: true });
})();`;

/** The live service worker (it may have restarted since launch). */
async function serviceWorker(session) {
  const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin));
  return target.worker();
}

/** Opens `file` of the dist as the toolbar popup, as people open it: chrome.action.
 *  openPopup() from the service worker on the fixture tab (focused, active). `called`: when
 *  the call was made, on the clock of performance.timeOrigin. */
async function openToolbarPopup(session, fixture, file) {
  await fixture.bringToFront();
  const called = await (await serviceWorker(session)).evaluate(async (p) => {
    await chrome.action.setPopup({ popup: p });
    const t = performance.timeOrigin + performance.now();
    await chrome.action.openPopup();
    return t;
  }, file);
  const target = await session.browser.waitForTarget((t) => t.url().startsWith(`${session.extensionOrigin}/${file}`), { timeout: 30_000 });
  const page = (target.type() === 'page' ? await target.page() : null) ?? (await target.asPage());
  return { page, called };
}

/** Opens `html` ('popup.html' or another page of the dist) and reads its marks (ms from its
 *  timeOrigin). via 'action': the toolbar popup, as people open it — chrome.action.openPopup()
 *  from the service worker on the fixture tab `fixture` (focused, active), showing a copy of
 *  `html` whose first script is OBSERVER; `opened` is then the popup's timeOrigin measured
 *  from the openPopup() call (the browser making the popup window). via 'tab':
 *  `html`?tab=<id> in a new tab (as Firefox tests open it). */
export async function popupRender(session, tabId, { html = 'popup.html', via = 'action', fixture } = {}) {
  let page;
  let called = null;
  if (via === 'action') {
    ({ page, called } = await openToolbarPopup(session, fixture, `bench-${html}`));
  } else {
    page = await session.browser.newPage();
    await page.evaluateOnNewDocument(OBSERVER);
    await page.goto(`${session.extensionOrigin}/${html}?tab=${tabId}`, { waitUntil: 'load' });
  }
  await page.waitForFunction(() => typeof window.__pageRendered === 'number', { timeout: 60_000 });
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(`backstory-popup:${name}`, 'mark')[0]?.startTime ?? null;
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      origin: performance.timeOrigin,
      page: window.__pageRendered,
      shell: window.__shellRendered ?? null,
      htmlLoaded: nav ? nav.responseEnd : null,
      loadEnd: nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : null, // Chromium shows the toolbar popup once its first load stops
      start: at('start'), // first statement of popup.js (after fetch and parse/compile)
      script: at('script'), // module set-up done (preact, views)
      drawn: at('drawn'), // tab strip and panel skeleton rendered (before any answer; not in older builds)
      tab: at('tab'), // findTab answered (tabs.get / tabs.query)
      summarySent: at('summary-sent'),
      summary: at('summary'),
      panel: at('panel'), // "This page" rendered with the answer (not in older builds)
      terms: document.querySelectorAll('[data-term]').length,
      related: document.querySelectorAll('[data-related]').length,
    };
  });
  marks.opened = called === null ? null : marks.origin - called;
  await page.close();
  return marks;
}

// A page of ours with no work, loaded the same way in the same session: the browser's own
// cost of starting an extension page and its first script.
const PROBE_HTML = '<!doctype html><meta charset="utf-8"><title>probe</title><script src="bench-probe.js"></script>';
const PROBE_JS = "performance.mark('probe:start');";

export async function writeProbe(dir, pages) {
  writeFileSync(join(dir, 'bench-observer.js'), OBSERVER);
  // The toolbar popup cannot be given a script before its own: it opens a copy of the page
  // whose first script is the observer (popup.html is otherwise unchanged).
  for (const html of pages) {
    const text = readFileSync(join(dir, html), 'utf8');
    writeFileSync(join(dir, `bench-${html}`), text.replace('<script', '<script src="bench-observer.js"></script>\n  <script'));
  }
  writeFileSync(join(dir, 'bench-probe.js'), PROBE_JS);
  writeFileSync(join(dir, 'bench-probe.html'), PROBE_HTML);
}
export function removeProbe(dir) {
  for (const f of readdirSync(dir)) if (f.startsWith('bench-')) rmSync(join(dir, f), { force: true });
}

/** The no-work page, opened the same way as the popup it is beside. */
export async function probeRender(session, { via = 'action', fixture } = {}) {
  let page;
  let called = null;
  if (via === 'action') {
    ({ page, called } = await openToolbarPopup(session, fixture, 'bench-probe.html'));
    await page.waitForFunction(() => performance.getEntriesByName('probe:start', 'mark').length > 0, { timeout: 30_000 });
  } else {
    page = await session.browser.newPage();
    await page.goto(`${session.extensionOrigin}/bench-probe.html`, { waitUntil: 'load' });
  }
  const marks = await page.evaluate(async () => {
    const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
    const t0 = performance.now();
    await chrome.tabs.query({ active: true, currentWindow: true });
    const query = performance.now() - t0;
    return { origin: performance.timeOrigin, start: at('probe:start'), query };
  });
  marks.opened = called === null ? null : marks.origin - called;
  await page.close();
  return marks;
}
