// Popup and store figures (issue 5) in real Chromium with the built extension and its real
// IndexedDB (scripts/bench-store.ts times the same code over fake-indexeddb in Node).
//   node scripts/bench-popup.mjs [--articles 10000] [--notes 10000] [--batch 1000] [--ingest-batches 2] [--import-chunk N] [--runs 5] [--no-build]
//        [--also popup-old.html]   also time another popup page of the loaded dist in the same runs
// bench.mjs: `import { benchPopup } from './bench-popup.mjs'` and call benchPopup({ build: false }).
//
// What is timed, all from an extension page that sends the same runtime messages the popup
// sends ({ backstory: 1, kind, req }), so each figure is the background's work plus one
// message round trip (a few ms):
//   ingest     library/add of `--batch` new articles, `--ingest-batches` times (validation,
//              dedupe, one transaction, then the knowledge index and matcher rebuilt over
//              the whole library, as after any change); the rest of `--articles` arrives in
//              one backup/import (one transaction, one rebuild)
//   notes      backup/import of a W3C AnnotationCollection of `--notes` notes (validate,
//              merge, one transaction); backup/export as JSON-LD and as the full backup
//   popup      first render: popup.html?tab=<id> opened in a tab on an on-topic page, from
//              the document's navigation start (performance.timeOrigin) to the first
//              animation frame after the "This page" panel holds its terms ([data-term]),
//              recorded in the popup by an observer installed before its scripts run.
//              The page/summary answer it waits for is built over the full store.
//              Broken down from marks popup.js leaves (backstory-popup:start/script/tab/
//              summary-sent/summary) and popup.js's resource timing, beside a no-work page
//              of ours (bench-probe.html, written into the loaded dist for the run and
//              removed after) opened in the same session: when the browser runs an
//              extension page's first script, what webextension-polyfill costs alone, and
//              what tabs.query costs. "Popup's own time" = first render − popup.js's first
//              statement; the rest is the browser starting the page and compiling popup.js.
/* global window, document, performance, requestAnimationFrame, MutationObserver, chrome -- functions passed to evaluate() run in the popup and extension pages */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);
const line = (label, value, note = '') => console.log(`  ${label.padEnd(50)} ${String(value).padStart(12)}${note ? `  ${note}` : ''}`);

// Synthetic wire copy: the seeds' names plus generated ones, so the index has many entities.
const FIRST = ['Amir', 'Dana', 'Yusuf', 'Miriam', 'Khalil', 'Noa', 'Omar', 'Tamar', 'Rami', 'Leila', 'Eitan', 'Samira'];
const LAST = ['Haddad', 'Levin', 'Nasser', 'Katz', 'Barakat', 'Shapiro', 'Mansour', 'Friedman', 'Aziz', 'Peretz', 'Khoury', 'Dahan'];
const PLACES = ['Gaza', 'Jenin', 'Rafah', 'Doha', 'Cairo', 'Tel Aviv', 'Khan Younis', 'Nablus'];
export function article(i) {
  const who = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const where = PLACES[i % PLACES.length];
  return {
    title: `Truce talks, day ${i}: ${who} in ${where}`,
    source: 'Bench Wire',
    url: `https://bench.example.com/story/${i}`,
    date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    text: [
      `${where.toUpperCase()} — Negotiator ${who} said on Tuesday that ${20 + (i % 80)} hostages could be released in the next phase of the ceasefire between Israel and Hamas.`,
      `Steve Witkoff met Benjamin Netanyahu in Jerusalem on day ${i} of the talks. ${who} told reporters that ${100 + (i % 900)} prisoners would be freed in exchange.`,
      `The health ministry in Gaza said at least ${40000 + i} people had been killed since the war began. Aid agencies said ${i % 500} trucks had crossed at Rafah.`,
    ].join('\n\n'),
  };
}

export function note(i, pageUrl) {
  const quote = `hostages could be released in phase ${i % 7}`;
  const at = new Date(Date.UTC(2025, 1, 1) + i * 60_000).toISOString();
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    type: 'Annotation',
    created: at,
    modified: at,
    body: { type: 'TextualBody', value: `Bench note ${i}: check the figure against the ministry's count.`, format: 'text/plain' },
    target: {
      source: i % 10 === 0 ? pageUrl : `https://bench.example.com/story/${i % 5000}`,
      ...(i % 2 ? { selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'said that ', suffix: ' in the next' }, { type: 'TextPositionSelector', start: 90, end: 90 + quote.length }] } : {}),
    },
    backstory: i % 5 === 0 ? { entityId: 'person:steve-witkoff' } : {},
  };
}

/** Sends one request from the extension page; resolves to { res, ms }. */
async function ask(extPage, kind, req) {
  const got = await extPage.evaluate(async (k, r) => {
    const t0 = performance.now();
    const reply = await chrome.runtime.sendMessage({ backstory: 1, kind: k, req: r });
    return { reply, ms: performance.now() - t0 };
  }, kind, req);
  if (!got.reply?.ok) throw new Error(`${kind}: ${got.reply?.error ?? 'no reply'}`);
  return { res: got.reply.res, ms: got.ms };
}

/** One load of popup.html under a trace: V8's time on popup.js (ms). Tracing slows the
 *  page, so these loads are apart from the timed ones. */
async function popupTrace(session, tabId) {
  const page = await session.browser.newPage();
  await page.tracing.start({ categories: ['devtools.timeline', 'v8'] });
  await page.goto(`${session.extensionOrigin}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
  await page.waitForSelector('[data-panel="page"] [data-term], [data-panel="page"] [data-empty="page"]', { timeout: 60_000 });
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  await page.close();
  const sum = (...names) => events.filter((e) => names.includes(e.name) && String(e.args?.data?.url ?? e.args?.fileName ?? '').endsWith('/popup.js')).reduce((t, e) => t + (e.dur ?? 0) / 1000, 0);
  return {
    parse: sum('v8.parseOnBackground', 'v8.compile'), // streamed parse off the main thread + main-thread compile
    cache: sum('v8.deserializeOnBackground'), // or the code cache read instead of a parse
    evaluate: sum('EvaluateScript'), // main thread: top-level run, lazy compiles included
  };
}

/** Opens popup.html?tab=<id> in a new tab and reads its marks (all ms from timeOrigin). */
async function popupRender(session, tabId, html = 'popup.html') {
  const page = await session.browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const mark = (name) => {
      if (window[name] === undefined) requestAnimationFrame(() => { window[name] = performance.now(); });
    };
    new MutationObserver(() => {
      if (document.querySelector('[data-panel="page"] [data-term], [data-panel="page"] [data-empty="page"]')) mark('__pageRendered');
      if (document.querySelector('[role=tab]')) mark('__shellRendered');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${session.extensionOrigin}/${html}?tab=${tabId}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__pageRendered !== undefined, { timeout: 60_000 });
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(`backstory-popup:${name}`, 'mark')[0]?.startTime ?? null;
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      page: window.__pageRendered,
      shell: window.__shellRendered ?? null,
      htmlLoaded: nav ? nav.responseEnd : null,
      start: at('start'), // first statement of popup.js (after fetch and parse/compile)
      script: at('script'), // module set-up done (preact, polyfill, views)
      drawn: at('drawn'), // tab strip and panel skeleton rendered (before any answer; not in older builds)
      tab: at('tab'), // findTab answered (tabs.get / tabs.query)
      summarySent: at('summary-sent'),
      summary: at('summary'),
      panel: at('panel'), // "This page" rendered with the answer (not in older builds)
      terms: document.querySelectorAll('[data-term]').length,
      related: document.querySelectorAll('[data-related]').length,
    };
  });
  await page.close();
  return marks;
}

// A page of ours with no work, loaded the same way in the same session: the browser's own
// cost of starting an extension page and its first script; then the polyfill on its own.
const PROBE_HTML = '<!doctype html><meta charset="utf-8"><title>probe</title><script src="bench-probe.js"></script>';
const PROBE_JS = "performance.mark('probe:start'); globalThis.__polyfill = require('webextension-polyfill'); performance.mark('probe:polyfill');";

async function writeProbe(dir) {
  const { build } = await import('esbuild');
  await build({ stdin: { contents: PROBE_JS, resolveDir: root, loader: 'js' }, outfile: join(dir, 'bench-probe.js'), bundle: true, format: 'iife', minify: true, target: ['chrome120'], logLevel: 'warning' });
  writeFileSync(join(dir, 'bench-probe.html'), PROBE_HTML);
}
function removeProbe(dir) {
  for (const f of ['bench-probe.js', 'bench-probe.html']) rmSync(join(dir, f), { force: true });
}

async function probeRender(session) {
  const page = await session.browser.newPage();
  await page.goto(`${session.extensionOrigin}/bench-probe.html`, { waitUntil: 'load' });
  const marks = await page.evaluate(async () => {
    const at = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
    const t0 = performance.now();
    await chrome.tabs.query({ active: true, currentWindow: true });
    const query = performance.now() - t0;
    return { start: at('probe:start'), polyfill: at('probe:polyfill') - at('probe:start'), query };
  });
  await page.close();
  return marks;
}

export async function benchPopup(opts = {}) {
  const articles = opts.articles ?? 10_000;
  const notes = opts.notes ?? 10_000;
  const batch = opts.batch ?? 1000;
  const ingestBatches = opts.ingestBatches ?? 2;
  const runs = opts.runs ?? 5;
  if (opts.build !== false) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-zip'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
  const server = await h.startFixtureServer();
  await writeProbe(h.DIST.chromium);
  const session = await h.launch('chromium', server);
  const figures = { articles, notes, batch, ingest: [], popup: [], probe: [] };
  try {
    const page = await session.open('/popup/briefing.html');
    await h.waitForHighlights(page);
    const extPage = await session.browser.newPage();
    await extPage.goto(`${session.extensionOrigin}/card.html#bench`);
    const { res: before } = await ask(extPage, 'library/list', { limit: 1 });

    const measured = Math.min(articles, batch * ingestBatches);
    console.log(`\n  ${measured} articles in batches of ${batch} (library/add), ${notes} notes (backup/import), then the other ${articles - measured} articles in one backup/import`);
    for (let from = 0; from < measured; from += batch) {
      const inputs = Array.from({ length: Math.min(batch, measured - from) }, (_, k) => article(from + k));
      const { res, ms: took } = await ask(extPage, 'library/add', { articles: inputs });
      if (res.added.length !== inputs.length) throw new Error(`library/add added ${res.added.length} of ${inputs.length}`);
      figures.ingest.push({ storeAfter: before.total + from + inputs.length, ms: took });
      console.log(`  library/add: ${from + inputs.length}/${measured} articles in ${ms(took)}`);
    }

    const collection = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: notes, first: { type: 'AnnotationPage', startIndex: 0, items: Array.from({ length: notes }, (_, i) => note(i, page.url())) } });
    const imported = await ask(extPage, 'backup/import', { text: collection });
    if (!imported.res.ok) throw new Error(`notes import failed: ${imported.res.errors.slice(0, 3).join('; ')}`);
    figures.importNotesMs = imported.ms;
    console.log(`  backup/import: ${notes} notes in ${ms(imported.ms)}`);

    if (articles > measured) {
      const { res: settings } = await ask(extPage, 'settings/get', {});
      const rest = Array.from({ length: articles - measured }, (_, k) => {
        const a = article(measured + k);
        return { id: `bench-${measured + k}`, title: a.title, source: a.source, url: a.url, date: a.date, language: 'en', paragraphs: a.text.split('\n\n') };
      });
      // One backup file by default; --import-chunk N sends N articles a file (each import
      // rebuilds the index over the whole library, so chunks cost more in total).
      const chunk = opts.importChunk > 0 ? opts.importChunk : rest.length;
      figures.bulkArticles = rest.length;
      figures.bulkChunk = chunk;
      figures.bulkImportMs = 0;
      for (let from = 0; from < rest.length; from += chunk) {
        const part = rest.slice(from, from + chunk);
        const doc = JSON.stringify({ format: 'backstory-backup', version: 1, exported: new Date().toISOString(), articles: part, notes: [], settings });
        const t0 = performance.now();
        try {
          const bulk = await ask(extPage, 'backup/import', { text: doc });
          if (!bulk.res.ok) throw new Error(`article import failed: ${bulk.res.errors.slice(0, 3).join('; ')}`);
          figures.bulkImportMs += bulk.ms;
          console.log(`  backup/import: ${from + part.length}/${rest.length} articles in ${ms(bulk.ms)}`);
        } catch (err) {
          // Seen with 10 k articles: the worker dies while rebuilding the index over all of them.
          figures.bulkError = `${err instanceof Error ? err.message : String(err)} (after ${ms(performance.now() - t0)}, store then ${measured + from} articles)`;
          console.log(`  backup/import of articles ${from + 1}–${from + part.length} FAILED: ${figures.bulkError}`);
          return figures;
        }
      }
    }
    figures.exportJsonLdMs = (await ask(extPage, 'backup/export', { format: 'jsonld' })).ms;
    const backup = await ask(extPage, 'backup/export', { format: 'backup' });
    figures.exportBackupMs = backup.ms;
    figures.backupMB = backup.res.text.length / 1e6;
    const tabId = await tabIdOf(extPage, page.url());
    // The summary is built when the report lands and kept; a new threshold builds it again.
    await ask(extPage, 'settings/set', { topicSensitivity: 0.55 });
    figures.summaryColdMs = (await ask(extPage, 'page/summary', { tabId })).ms;
    figures.summaryWarmMs = (await ask(extPage, 'page/summary', { tabId })).ms;
    await ask(extPage, 'settings/set', { topicSensitivity: 0.5 });
    // A settings change re-runs the page (settings-changed); let it report and settle.
    await new Promise((r) => setTimeout(r, 3000));
    await ask(extPage, 'page/summary', { tabId });

    // The first load parses popup.js; Chromium caches the compiled code from the second
    // on, as for anyone who opens the popup more than twice. Traced apart from the timed runs.
    figures.traceCold = await popupTrace(session, tabId);
    await popupRender(session, tabId);
    if (opts.also) await popupRender(session, tabId, opts.also);
    // Interleaved, so all see the same load on the machine.
    figures.also = opts.also ? { html: opts.also, popup: [] } : null;
    for (let r = 0; r < runs; r++) {
      figures.probe.push(await probeRender(session));
      figures.popup.push(await popupRender(session, tabId));
      if (figures.also) figures.also.popup.push(await popupRender(session, tabId, opts.also));
    }
    figures.traceWarm = await popupTrace(session, tabId);
  } finally {
    await session.close();
    await server.close();
    removeProbe(h.DIST.chromium);
  }
  return figures;
}

/** The fixture tab's id, from the page report the content script left in storage.session. */
async function tabIdOf(extPage, url) {
  return extPage.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('page-report:') && all[k].url === u);
    if (!key) throw new Error(`no page report for ${u}`);
    return Number(key.slice('page-report:'.length));
  }, url);
}

export function printPopupFigures(f) {
  console.log(`\n── Popup and store (Chromium, real IndexedDB; ${f.articles} articles, ${f.notes} notes) ${'─'.repeat(10)}`);
  const per1000 = f.ingest.map((b) => (b.ms * 1000) / f.batch);
  line('ingest per 1,000 articles, first batch', ms(per1000[0]), `store then ${f.ingest[0]?.storeAfter}`);
  line('ingest per 1,000 articles, last batch', ms(per1000.at(-1)), `store then ${f.ingest.at(-1)?.storeAfter}`);
  line('ingest per 1,000 articles, median', ms(median(per1000)), 'includes rebuilding the index over the whole library');
  line(`import ${f.notes} notes (AnnotationCollection)`, ms(f.importNotesMs));
  if (f.bulkArticles) {
    const files = Math.ceil(f.bulkArticles / f.bulkChunk);
    line(`import ${f.bulkArticles} articles (${files === 1 ? 'one backup file' : `${files} backup files`})`, f.bulkError ? 'FAILED' : ms(f.bulkImportMs), f.bulkError ?? (files === 1 ? 'one transaction, one index rebuild' : 'one transaction and index rebuild per file'));
  }
  if (f.bulkError) {
    console.log('  (the popup was not measured: the store could not be filled)');
    return;
  }
  line(`export ${f.notes} notes as JSON-LD`, ms(f.exportJsonLdMs));
  line('export full backup (articles + notes)', ms(f.exportBackupMs), `${f.backupMB.toFixed(1)} MB`);
  line('page/summary built (not cached), full store', ms(f.summaryColdMs));
  line('page/summary cached (report already summarised)', ms(f.summaryWarmMs));
  const page = f.popup.map((p) => p.page);
  line('popup first render, median of runs', ms(median(page)), `target < 100 ms: ${median(page) < 100 ? 'ok' : 'MISSED'}`);
  line('popup first render, first run', ms(page[0]), `runs: ${page.map((x) => x.toFixed(0)).join(', ')}`);
  // Where it goes: medians over runs of each step (per-run differences), from timeOrigin.
  const med = (fn) => median(f.popup.map((p, i) => {
    const v = fn(p, f.probe[i] ?? {});
    return v === null || v === undefined || Number.isNaN(v) ? NaN : v;
  }));
  const d = (a, b) => (a === null || b === null || a === undefined || b === undefined ? NaN : a - b);
  console.log('  where the first render goes (medians of runs, ms from the page\'s timeOrigin):');
  line('  a no-work page of ours: its first script runs at', ms(med((_, q) => q.start)), 'the browser\'s floor, same session');
  line('  popup.html in hand', ms(med((p) => p.htmlLoaded)));
  line('  popup.js first statement runs at', ms(med((p) => p.start)));
  if (f.traceCold) {
    line('  popup.js first load: parse + compile (traced)', ms(f.traceCold.parse), `then top-level run ${ms(f.traceCold.evaluate)}`);
    line('  popup.js later loads: code cache read (traced)', ms(f.traceWarm.cache + f.traceWarm.parse), `then top-level run ${ms(f.traceWarm.evaluate)}`);
  }
  line('  module set-up (preact, polyfill, views)', ms(med((p) => d(p.script, p.start))));
  line('    webextension-polyfill alone (no-work page)', ms(med((_, q) => q.polyfill)));
  line('  page/summary sent at', ms(med((p) => p.summarySent)));
  line('  tab lookup (tabs.get) answered at', ms(med((p) => p.tab)), `tabs.query alone: ${ms(med((_, q) => q.query))}`);
  const drawn = med((p) => p.drawn);
  line('  tab strip rendered at', ms(drawn), Number.isNaN(drawn) ? 'no mark: this build draws after the tab lookup' : 'before any answer');
  line('  tab strip on screen (next frame) at', ms(med((p) => p.shell)));
  line('  page/summary round trip in the popup', ms(med((p) => d(p.summary, p.summarySent))));
  const panel = med((p) => d(p.panel, p.summary));
  if (!Number.isNaN(panel)) {
    line('  answer → panel rendered (preact)', ms(panel));
    line('  panel rendered → on screen (next frame)', ms(med((p) => d(p.page, p.panel))));
  } else line('  answer → panel drawn (render, next frame)', ms(med((p) => d(p.page, p.summary))));
  line('popup\'s own time: first render − first statement', ms(med((p) => d(p.page, p.start))), 'what popup.js does once it runs');
  line('popup\'s time beyond a no-work page', ms(med((p, q) => d(p.page, q.start))), 'includes fetch+compile of popup.js');
  line('terms / related shown', `${f.popup[0]?.terms} / ${f.popup[0]?.related}`);
  if (f.also) {
    const other = f.also.popup;
    console.log(`  ${f.also.html}, timed in the same runs (e.g. an older popup build copied beside this one):`);
    line('  first render, median of runs', ms(median(other.map((p) => p.page))), `runs: ${other.map((p) => p.page.toFixed(0)).join(', ')}`);
    line('  its first statement runs at', ms(median(other.map((p) => p.start))), `popup.html's: ${ms(med((p) => p.start))}`);
    line('  its own time: first render − first statement', ms(median(other.map((p) => d(p.page, p.start)))), `popup.html's: ${ms(med((p) => d(p.page, p.start)))}`);
    line('  page/summary answered at', ms(median(other.map((p) => p.summary))), `popup.html's: ${ms(med((p) => p.summary))}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
  };
  const figures = await benchPopup({
    articles: arg('--articles', 10_000),
    notes: arg('--notes', 10_000),
    batch: arg('--batch', 1000),
    ingestBatches: arg('--ingest-batches', 2),
    runs: arg('--runs', 5),
    importChunk: arg('--import-chunk', 0),
    also: process.argv.includes('--also') ? process.argv[process.argv.indexOf('--also') + 1] : undefined,
    build: !process.argv.includes('--no-build'),
  });
  printPopupFigures(figures);
}
