// Saving one article to the full library with the service worker running, and after it
// stopped (MV3 stops an idle worker after ~30 s, so the second is what a reader usually
// meets); and the Library's first search after a start. Each save is library/add of one new
// article, answered once the index is rebuilt.
//
// bench-popup.mjs imports benchWorkerRestart(). Run alone, it compares builds in one run:
//   node scripts/bench-worker-restart.mjs [--articles 10000] [--rounds 3] DIST_DIR [DIST_DIR …]
// (each DIST_DIR holds chrome/; default ./dist). Chromium only (CDP stops the worker). Each
// build gets its own browser and fresh profile, the library filled by one backup/import; then
// rounds, the builds taking turns (a shared machine's load falls on all of them), of
//   save after a stop · save with the worker running · search after a stop (the library
//   changed since the last search) · the same search again · search after a stop (unchanged)
// waiting between steps until the background's cache writes are done, as a reader's pauses
// would. Prints the medians and what the store holds (navigator.storage.estimate()).
/* global performance, chrome, indexedDB, navigator -- functions passed to evaluate() run in extension pages */
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { numberArg } from './number-arg.mjs';

async function stopWorkers(extPage) {
  const cdp = await extPage.target().createCDPSession();
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Give the browser a moment to tear the worker down before the next message starts it.
  await new Promise((r) => setTimeout(r, 500));
}

/** `ask(kind, req)` sends one request and resolves to { res, ms }; `article(i)` makes input i. */
export async function benchWorkerRestart(extPage, ask, article, firstIndex) {
  let next = firstIndex;
  const addOne = async () => {
    const { res, ms } = await ask('library/add', { articles: [article(next++)] });
    if (res.added.length !== 1) throw new Error('library/add did not add the article');
    return ms;
  };
  const live = await addOne();
  // The background writes its caches after answering; a reader's pause lets it finish.
  await cachesWritten(extPage);
  await stopWorkers(extPage);
  const restarted = await addOne();
  return { live, restarted };
}

/** Waits until the background's cache writes settle: the knowledge cache matches the library
 *  generation and, where the build keeps them, every article has its findings (and, with
 *  `search`, a document in the kept search index). */
export async function cachesWritten(extPage, { search = false, timeout = 120_000 } = {}) {
  const t0 = Date.now();
  for (;;) {
    const state = await extPage.evaluate(
      () =>
        new Promise((done, fail) => {
          const open = indexedDB.open('backstory');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const stores = ['meta', 'articles', ...names.filter((n) => n === 'findings' || n === 'search')];
            const tx = db.transaction(stores);
            const got = {};
            const ask = (key, req) => (req.onsuccess = () => (got[key] = req.result));
            ask('generation', tx.objectStore('meta').get('libraryGeneration'));
            ask('cached', tx.objectStore('meta').get('knowledgeGeneration'));
            ask('articles', tx.objectStore('articles').count());
            if (names.includes('findings')) {
              const chunks = tx.objectStore('findings').getAll();
              chunks.onsuccess = () => (got.findings = chunks.result.reduce((n, c) => n + c.entries.length, 0));
            }
            if (names.includes('search')) {
              const kept = tx.objectStore('search').get('text');
              kept.onsuccess = () => (got.searched = (kept.result?.segments ?? []).reduce((n, seg) => n + seg.ids.filter(Boolean).length, 0));
            }
            tx.oncomplete = () => {
              db.close();
              done(got);
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    const searched = !search || state.searched === undefined || state.searched === state.articles;
    if (state.generation === state.cached && (state.findings === undefined || state.findings === state.articles) && searched) return state;
    if (Date.now() - t0 > timeout) throw new Error(`caches not written after ${timeout} ms: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function ask(extPage, kind, req) {
  const got = await extPage.evaluate(
    async (k, r) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ backstory: 1, kind: k, req: r });
      return { reply, ms: performance.now() - t0 };
    },
    kind,
    req,
  );
  if (!got.reply?.ok) throw new Error(`${kind}: ${got.reply?.error ?? 'no reply'}`);
  return { res: got.reply.res, ms: got.ms };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One build in its own browser and profile, its library filled: `round()` runs one round. */
async function openBuild(h, server, dist, { articles, article }) {
  const session = await h.launch('chromium', server, { extensionDir: join(dist, 'chrome') });
  try {
    await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin), { timeout: 15_000 });
    const extPage = await session.browser.newPage();
    await extPage.goto(`${session.extensionOrigin}/card.html#bench`);
    const a = (i) => {
      const x = article(i);
      return { id: `bench-${i}`, title: x.title, source: x.source, url: x.url, date: x.date, language: 'en', paragraphs: x.text.split('\n\n') };
    };
    const { res: settings } = await ask(extPage, 'settings/get', {});
    const doc = JSON.stringify({ format: 'backstory-backup', version: 1, exported: new Date().toISOString(), articles: Array.from({ length: articles }, (_, i) => a(i)), notes: [], settings });
    const imported = await ask(extPage, 'backup/import', { text: doc });
    if (!imported.res.ok) throw new Error(`import failed: ${imported.res.errors.slice(0, 3).join('; ')}`);
    await cachesWritten(extPage);
    const f = { dist, importMs: imported.ms, saveRestarted: [], saveLive: [], searchChanged: [], searchWarm: [], searchUnchanged: [] };
    let next = articles;
    const save = async () => {
      const { res, ms } = await ask(extPage, 'library/add', { articles: [article(next++)] });
      if (res.added.length !== 1) throw new Error('library/add did not add the article');
      await cachesWritten(extPage);
      return ms;
    };
    // The Library's search as the popup asks it: the first 50 rows of a query.
    const search = async (q) => {
      const { res, ms } = await ask(extPage, 'library/list', { query: q, limit: 50 });
      if (!res.total) throw new Error(`no hits for ${q}`);
      // Let the background keep the search index before the next stop.
      await cachesWritten(extPage, { search: true });
      return ms;
    };
    await search('witkoff'); // the first search of the profile builds (and keeps) the index
    return {
      f,
      async round() {
        await stopWorkers(extPage);
        f.saveRestarted.push(await save());
        f.saveLive.push(await save());
        await stopWorkers(extPage);
        f.searchChanged.push(await search('rafah trucks'));
        f.searchWarm.push(await search('hostages released'));
        await stopWorkers(extPage);
        f.searchUnchanged.push(await search('witkoff'));
      },
      async finish() {
        f.storeMB = (await extPage.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)) / 2 ** 20;
        await session.close();
      },
      close: () => session.close(),
    };
  } catch (err) {
    await session.close();
    throw err;
  }
}

async function main() {
  const flags = new Set(['--articles', '--rounds']);
  const dists = process.argv.slice(2).filter((x, i, all) => !x.startsWith('--') && !flags.has(all[i - 1]));
  const articles = numberArg('--articles', 10_000);
  const rounds = numberArg('--rounds', 3);
  const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
  const { article } = await import('./bench-popup.mjs');
  const server = await h.startFixtureServer();
  const ms = (xs) => `${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
  const builds = [];
  try {
    for (const dist of dists.length ? dists : ['dist']) builds.push(await openBuild(h, server, resolve(dist), { articles, article }));
    // Round by round, one build after the other: a shared machine's load then falls on both.
    for (let r = 0; r < rounds; r++) for (const b of builds) await b.round();
    for (const b of builds) await b.finish();
    for (const { f } of builds) {
      console.log(`\n  ${f.dist}: ${articles} articles (imported in ${(f.importMs / 1000).toFixed(1)} s), median of ${rounds}`);
      console.log(`    save one, after the worker stopped   ${ms(f.saveRestarted)}`);
      console.log(`    save one, worker running             ${ms(f.saveLive)}`);
      console.log(`    search after a stop, library changed ${ms(f.searchChanged)}`);
      console.log(`    search again (warm)                  ${ms(f.searchWarm)}`);
      console.log(`    search after a stop, unchanged       ${ms(f.searchUnchanged)}`);
      console.log(`    the extension's storage              ${f.storeMB.toFixed(1)} MB`);
    }
  } finally {
    await Promise.all(builds.map((b) => b.close().catch(() => undefined)));
    await server.close();
  }
}

// Not awaited at the top level: bench-popup.mjs, which main() imports for its generator,
// imports this file, and a top-level await would leave the two waiting on each other.
if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
