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
//   popup      first render: the toolbar popup opened as people open it (chrome.action.
//              openPopup() from the service worker, the on-topic fixture tab focused and
//              active), from the popup document's navigation start (performance.timeOrigin)
//              to the first animation frame after the "This page" panel holds its terms
//              ([data-term]), recorded by an observer that runs before popup.js (the popup
//              opens a copy of popup.html, bench-popup.html, whose first script it is). Also
//              given from the openPopup() call (the browser making the popup window comes
//              first), and for popup.html?tab=<id> opened in a tab (as before, labelled).
//              The page/summary answer it waits for is built over the full store.
//              Broken down from marks popup.js leaves (backstory-popup:start/script/tab/
//              summary-sent/summary/panel) beside a no-work page of ours (bench-probe.html)
//              opened the same way in the same runs: when the browser runs an extension
//              page's first script, and what tabs.query costs. "Popup's own time" = first
//              render − popup.js's first statement; the rest is the browser starting the
//              page and compiling popup.js.
//              bench-* files are written into the loaded dist for the run and removed after.
/* global performance, chrome -- functions passed to evaluate() run in extension pages */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { article, note } from './bench-popup-data.mjs';
import { popupRender, popupTrace, probeRender, removeProbe, writeProbe } from './bench-popup-open.mjs';
import { ms, printPopupFigures } from './bench-popup-report.mjs';
import { benchWorkerRestart } from './bench-worker-restart.mjs';
import { numberArg } from './number-arg.mjs';
import { textArg } from './text-arg.mjs';

// bench.mjs, bench-library-search.ts and bench-worker-restart.mjs import these from here.
export { article, note, printPopupFigures };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
  await writeProbe(h.DIST.chromium, ['popup.html', ...(opts.also ? [opts.also] : [])]);
  const session = await h.launch('chromium', server);
  const figures = { articles, notes, batch, ingest: [], popup: [], probe: [], tab: { popup: [], probe: [] } };
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
    figures.saveOne = await benchWorkerRestart(extPage, (k, r) => ask(extPage, k, r), article, articles);
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
    const fixture = page;
    const pages = ['popup.html', ...(opts.also ? [opts.also] : [])];
    for (const html of pages) for (const via of ['action', 'tab']) await popupRender(session, tabId, { html, via, fixture });
    // Interleaved, so all see the same load on the machine. The toolbar popup (via 'action')
    // is how people open it; the tab figures are popup.html?tab=<id> in a tab.
    figures.also = opts.also ? { html: opts.also, popup: [], tab: [] } : null;
    for (let r = 0; r < runs; r++) {
      figures.probe.push(await probeRender(session, { via: 'action', fixture }));
      figures.popup.push(await popupRender(session, tabId, { fixture }));
      if (figures.also) figures.also.popup.push(await popupRender(session, tabId, { html: opts.also, fixture }));
      figures.tab.probe.push(await probeRender(session, { via: 'tab' }));
      figures.tab.popup.push(await popupRender(session, tabId, { via: 'tab' }));
      if (figures.also) figures.also.tab.push(await popupRender(session, tabId, { html: opts.also, via: 'tab' }));
    }
    figures.traceWarm = await popupTrace(session, tabId);
  } finally {
    await session.close();
    await server.close();
    removeProbe(h.DIST.chromium);
  }
  return figures;
}

/** The fixture tab's id, from the page report (a JSON string) the background kept in storage.session. */
async function tabIdOf(extPage, url) {
  return extPage.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('page-report:') && JSON.parse(all[k]).url === u);
    if (!key) throw new Error(`no page report for ${u}`);
    return Number(key.slice('page-report:'.length));
  }, url);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchPopup({
    articles: numberArg('--articles', 10_000),
    notes: numberArg('--notes', 10_000),
    batch: numberArg('--batch', 1000),
    ingestBatches: numberArg('--ingest-batches', 2),
    runs: numberArg('--runs', 5),
    importChunk: numberArg('--import-chunk', 0),
    also: textArg('--also', 'popup-old.html'),
    build: !process.argv.includes('--no-build'),
  });
  printPopupFigures(figures);
}
