// How bench-popup.mjs prints its figures: the popup and store section of the bench report.
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);
const line = (label, value, note = '') => console.log(`  ${label.padEnd(50)} ${String(value).padStart(12)}${note ? `  ${note}` : ''}`);

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
  const one = f.saveOne;
  line('save one article, worker running', ms(one.live), 'what each article yields is kept: only the new one is read');
  // A stopped worker starts with an empty findings cache and fills it from the store's kept
  // findings (schema v3): it loads the library and the kept findings, reads only the new
  // article, and runs the steps across articles (aliases, related entities, topics) again.
  line('  the same after the worker stopped', ms(one.restarted), 'starts the worker: loads the kept findings, reads only the new article');
  line('page/summary built (not cached), full store', ms(f.summaryColdMs));
  line('page/summary cached (report already summarised)', ms(f.summaryWarmMs));
  const page = f.popup.map((p) => p.page);
  const fromCall = f.popup.map((p) => p.opened + p.page);
  console.log('  popup first render = "This page" showing its terms, at the next animation frame. Toolbar popup');
  console.log('  (chrome.action.openPopup() on the fixture tab, as people open it):');
  line('popup first render, median, from the popup\'s timeOrigin', ms(median(page)), `target < 100 ms: ${median(page) < 100 ? 'ok' : 'MISSED'}; runs: ${page.map((x) => x.toFixed(0)).join(', ')}`);
  line('  the same from the openPopup() call', ms(median(fromCall)), `runs: ${fromCall.map((x) => x.toFixed(0)).join(', ')}`);
  line('  of which the browser making the popup (call → timeOrigin)', ms(median(f.popup.map((p) => p.opened))), `a no-work page: ${ms(median(f.probe.map((q) => q.opened)))}`);
  breakdown(f.popup, f.probe);
  const tab = f.tab.popup.map((p) => p.page);
  console.log('  popup.html?tab=<id> opened in a tab (a navigation from about:blank; how Firefox tests open it):');
  line('popup first render in a tab, median, from timeOrigin', ms(median(tab)), `runs: ${tab.map((x) => x.toFixed(0)).join(', ')}`);
  breakdown(f.tab.popup, f.tab.probe);
  if (f.traceCold) {
    line('popup.js + chunks first load: parse + compile (traced)', ms(f.traceCold.parse), `then top-level run ${ms(f.traceCold.evaluate)}`);
    line('popup.js + chunks later loads: code cache read (traced)', ms(f.traceWarm.cache + f.traceWarm.parse), `then top-level run ${ms(f.traceWarm.evaluate)}`);
  }
  line('terms / related shown', `${f.popup[0]?.terms} / ${f.popup[0]?.related}`);
  if (f.also) {
    const d = (a, b) => (a === null || b === null ? NaN : a - b);
    console.log(`  ${f.also.html}, timed in the same runs (e.g. an older popup build copied beside this one):`);
    for (const [label, mine, other] of [['toolbar popup', f.popup, f.also.popup], ['in a tab', f.tab.popup, f.also.tab]]) {
      line(`  ${label}: first render, median of runs`, ms(median(other.map((p) => p.page))), `popup.html's: ${ms(median(mine.map((p) => p.page)))}; runs: ${other.map((p) => p.page.toFixed(0)).join(', ')}`);
      line(`  ${label}: its first statement runs at`, ms(median(other.map((p) => p.start))), `popup.html's: ${ms(median(mine.map((p) => p.start)))}`);
      line(`  ${label}: load event ended at`, ms(median(other.map((p) => p.loadEnd))), `popup.html's: ${ms(median(mine.map((p) => p.loadEnd)))}`);
      line(`  ${label}: own time (first render − first statement)`, ms(median(other.map((p) => d(p.page, p.start)))), `popup.html's: ${ms(median(mine.map((p) => d(p.page, p.start))))}`);
    }
  }
}

/** Where the first render goes: medians over runs of each step, ms from the page's timeOrigin. */
function breakdown(popup, probe) {
  const med = (fn) => median(popup.map((p, i) => {
    const v = fn(p, probe[i] ?? {});
    return v === null || v === undefined || Number.isNaN(v) ? NaN : v;
  }));
  const d = (a, b) => (a === null || b === null || a === undefined || b === undefined ? NaN : a - b);
  line('  a no-work page of ours: its first script runs at', ms(med((_, q) => q.start)), 'the browser\'s floor, opened the same way');
  line('  popup.html in hand', ms(med((p) => p.htmlLoaded)));
  line('  popup.js first statement runs at', ms(med((p) => p.start)));
  line('    after a no-work page\'s first script by', ms(med((p, q) => d(p.start, q.start))), 'fetching and compiling popup.js (runs differ: the browser\'s own start moves)');
  line('  module set-up (preact, first panel)', ms(med((p) => d(p.script, p.start))));
  line('  first draw (preact: tab strip, "This page" reading)', ms(med((p) => d(p.drawn, p.script))));
  line('  page/summary sent at', ms(med((p) => p.summarySent)));
  line('  tab lookup answered at', ms(med((p) => p.tab)), `tabs.query alone: ${ms(med((_, q) => q.query))}`);
  line('  tab strip rendered at', ms(med((p) => p.drawn)), 'before any answer');
  line('  load event ended at', ms(med((p) => p.loadEnd)), 'the toolbar popup is shown once its first load stops');
  line('  tab strip on screen (next frame) at', ms(med((p) => p.shell)));
  line('  page/summary round trip in the popup', ms(med((p) => d(p.summary, p.summarySent))));
  line('  answer → panel rendered (preact)', ms(med((p) => d(p.panel, p.summary))));
  line('  panel rendered → on screen (next frame)', ms(med((p) => d(p.page, p.panel))));
  line('  popup\'s own time: first render − first statement', ms(med((p) => d(p.page, p.start))), 'what popup.js does once it runs');
  line('  popup\'s time beyond a no-work page', ms(med((p, q) => d(p.page, q.start))), 'includes fetch+compile of popup.js');
}
