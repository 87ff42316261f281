// `npm run bench`: speed and size figures, in sections (not part of npm test).
//   node scripts/bench.mjs [--runs 3] [--words 50000] [--terms 150] [--no-build] [--no-popup]
//
// Annotator (issue 4), all in one Chromium session pair on one generated on-topic page:
//   Backstory  main-thread script time on that page: CDP ScriptDuration with the extension
//              minus without (content scripts run on the page's main thread); cross-check:
//              a CPU profile's samples whose stack runs through content.js; and, from one
//              traced run each, all the renderer main thread's work with − without (script,
//              style, layout and the paint highlights cause); and, from traced runs, the
//              thread CPU time (tdur) of the content script's own events beside their wall
//              time (dur): ScriptDuration is wall time, which on a busy 2-core machine holds
//              the renderer's waits for a core while the background matches
//   floor      the least any Highlight-API annotator must do: read every text node once with
//              a TreeWalker, build and register as many StaticRanges as Backstory registered
//              (synchronous, timed with performance.now() in the page); beside it, for
//              scale, the same work as a content script of a floor-only extension, timed
//              like Backstory (bench-floor-extension.mjs)
//   mark.js    the classic DOM-wrapping highlighter marking the most frequent of the same
//              terms (at least 100) on a fresh copy of the page
//   long tasks after DOMContentLoaded with and without the extension, and which long tasks
//   the extension causes (traced cold loads, bench-cold-loads.mjs); the content script's
//   gzipped size, and what the background pays to build the matcher (off the page's thread).
//   hover card  how long after the hover delay the card shows, and when its content was laid
//              out (bench-card.mjs; the design notes' goal — ../shared/DESIGN.md beside
//              the repo: within one frame)
// Then the background's own cost (knowledge build, matcher compile, page/annotate on the same
// page, all off the page's thread; the worker's CPU per load of the page,
// bench-worker-cpu.mjs), and the popup and store section (issue 5, bench-popup.mjs: 10k
// articles and 10k notes; skip with --no-popup).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { pageProbes } from './bench-page.mjs';
import { floorAsExtension } from './bench-floor-extension.mjs';
import { coldLongTasks, describeColdTasks } from './bench-cold-loads.mjs';
import { workerCpuPerLoad } from './bench-worker-cpu.mjs';
import { numberArg } from './number-arg.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = numberArg('--runs', 3);
const WORDS = numberArg('--words', 50_000);
const TERMS = Math.max(100, numberArg('--terms', 150));
const PAGE = `/gen/long.html?words=${WORDS}&seed=42`;
/** Terms of /ontopic.html the card latency is taken on: people, a place, an org, figures, a date. */
const CARD_TERMS = ['Benjamin Netanyahu', 'Hamas', 'Jenin', 'Steve Witkoff', 'at least 47,498 deaths', 'Philadelphi Corridor', 'Tel Aviv', 'January 21'];
const OFF_PAGE = `/gen/offtopic-long.html?words=${WORDS}&seed=42`;

const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (label, value, note = '') => console.log(`  ${label.padEnd(44)} ${String(value).padStart(14)}${note ? `  ${note}` : ''}`);
const section = (title) => console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 76 - title.length))}`);
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--no-zip'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// ── Sizes ────────────────────────────────────────────────────────────────────────────
section('Sizes (dist/chrome)');
const gz = (file) => {
  const path = join(root, 'dist', 'chrome', file);
  return existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : null;
};
// The content script is content.js and the module it imports when wanted (content-more.js).
const [mainGz, moreGz] = [gz('content.js'), gz('content-more.js') ?? 0];
const contentGz = mainGz === null ? null : mainGz + moreGz;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
line('content script gzipped', contentGz === null ? 'missing' : kb(contentGz), `content.js ${kb(mainGz ?? 0)} + content-more.js ${kb(moreGz)}; target ≤ 30 KB: ${verdict(contentGz !== null && contentGz <= 30 * 1024)}`);
for (const file of ['background.js', 'card.js', 'popup.js']) {
  const size = gz(file);
  if (size !== null) line(`${file} gzipped`, `${(size / 1024).toFixed(1)} KB`);
}

/** buildKnowledge + buildMatcherPackage over the bundled articles, as the worker runs them. */
async function matcherBuildInNode() {
  const knowledge = await tsImport('../src/core/knowledge.ts', import.meta.url);
  const matcher = await tsImport('../src/core/matcher.ts', import.meta.url);
  const places = await tsImport('../src/core/places.ts', import.meta.url);
  const dir = join(root, 'assets', 'articles');
  const articles = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const runs = [];
  let pkg = null;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const lexicon = places.placeLexicon();
    const nonNames = places.demonyms();
    const index = knowledge.buildKnowledge(articles, { lexicon, nonNames });
    pkg = matcher.buildMatcherPackage(index, lexicon, nonNames, places.placeVariants());
    runs.push(performance.now() - t);
  }
  return { ms: runs[0], runs, articles: articles.length, bytes: JSON.stringify(pkg).length, pkg };
}

/** The background's share of a page: compile the matcher once, then page/annotate over the
 *  page's text in the chunks the content script sends. Timed in Node's V8, like the worker. */
async function pageMatchInNode(pkg, text) {
  const matcher = await tsImport('../src/core/matcher.ts', import.meta.url);
  const annotate = await tsImport('../src/core/annotate.ts', import.meta.url);
  const chunks = await tsImport('../src/content/annotate-page.ts', import.meta.url);
  let t = performance.now();
  const compiled = matcher.compileMatcher(pkg);
  const compileMs = performance.now() - t;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    for (const span of chunks.chunkSpans(text, chunks.REMOTE.chunkSize, chunks.REMOTE.firstChunkSize)) annotate.annotateText(compiled, text.slice(span.start, span.end), span.start);
    runs.push(performance.now() - t);
  }
  return { compileMs, runs };
}

// ── Annotator ────────────────────────────────────────────────────────────────────────
const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
const probes = pageProbes(h);
const server = await h.startFixtureServer();
const sessions = [];
try {
  section(`Annotator: ${WORDS.toLocaleString('en-US')}-word on-topic page, Chromium, ${RUNS} run(s) each`);
  const withExt = await h.launchChromium(server);
  sessions.push(withExt);
  const plain = await h.launchChromium(server, { extension: false });
  sessions.push(plain);

  // Round by round, so a round's runs with and without the extension and of the floor meet
  // the same machine: this shared 2-core machine's speed drifts over minutes (mark.js took
  // 1.7–2.3 s in one afternoon), and measured phase by phase the floor and Backstory were
  // minutes apart. Each run without the extension polls the page as its round's run with it did.
  const ext = [];
  const profiled = [];
  const base = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    ext.push(await probes.annotatedRun(withExt, PAGE));
    base.push(await probes.plainRun(plain, PAGE, ext[i].polls));
    floor.push(await probes.floorRun(plain, PAGE, ext[0].ranges));
    profiled.push(await probes.annotatedRun(withExt, PAGE, { profile: true }));
  }
  const polls = Math.max(...ext.map((r) => r.polls));
  const ranges = ext[0].ranges;
  const floorExt = await floorAsExtension(h, server, PAGE, { ranges, polls, runs: RUNS });
  const terms = probes.topTerms(ext[0].texts, TERMS);
  const mark = await probes.markRun(plain, PAGE, terms, join(root, 'node_modules', 'mark.js', 'dist', 'mark.min.js'));

  const backstory = median(ext.map((r) => r.script)) - median(base.map((r) => r.script));
  const profiledMs = median(profiled.map((r) => r.content));
  const floorMs = median(floor.map((r) => r.wall));
  line('ranges Backstory registered', ranges.toLocaleString('en-US'), `${new Set(ext[0].texts).size} distinct terms; big pages register the viewport ±1 screen`);
  line('Backstory main-thread script', ms(backstory), `ScriptDuration with − without; with: ${ext.map((r) => r.script.toFixed(1)).join(', ')}, without: ${base.map((r) => r.script.toFixed(1)).join(', ')} ms`);
  line('  cross-check: CPU profile, content.js stacks', ms(profiledMs), `runs: ${profiled.map((r) => r.content.toFixed(1)).join(', ')} ms (profiler attached)`);
  line('  first highlight after DOMContentLoaded', ms(median(ext.map((r) => r.firstAfterDcl))));
  line('  last highlight after DOMContentLoaded', ms(median(ext.map((r) => r.lastAfterDcl))));
  line('floor (TreeWalker read + ranges registered)', ms(floorMs), `runs: ${floor.map((r) => r.wall.toFixed(1)).join(', ')} ms`);
  const floorExtMs = median(floorExt.map((r) => r.script)) - median(base.map((r) => r.script));
  line('  the same floor as a content script', ms(floorExtMs), `ScriptDuration with a floor-only extension − without (isolated world, document_idle); its own clock: ${ms(median(floorExt.map((r) => r.wall)))}`);
  line(`mark.js, ${terms.length} terms (+ relayout)`, ms(mark.wall), `${mark.marks.toLocaleString('en-US')} <mark>s; wrapping alone ${ms(mark.wrapped)}`);
  const overFloor = backstory / floorMs;
  const markRatio = mark.wall / backstory;
  const byRound = ext.map((r, i) => `${((r.script - base[i].script) / floor[i].wall).toFixed(1)}×`).join(', ');
  line('Backstory / floor', `${overFloor.toFixed(2)}×`, `target ≤ 3×: ${verdict(overFloor <= 3)}; by the profile ${(profiledMs / floorMs).toFixed(1)}×; round by round ${byRound}`);
  line('  Backstory / floor as a content script', `${(backstory / floorExtMs).toFixed(2)}×`, 'for scale: what any extension pays for the floor\'s work (the target is against the floor above)');
  line('mark.js / Backstory', `${markRatio.toFixed(0)}×`, `target ≥ 500× (mark.js had ${terms.length} terms, Backstory all ${ranges}): ${verdict(markRatio >= 500)}; by the profile ${(mark.wall / profiledMs).toFixed(0)}×`);
  // The ceiling for any annotator here: one that did no more than the floor would reach this.
  line('  mark.js / floor', `${(mark.wall / floorMs).toFixed(0)}×`, `the most any Highlight-API annotator could reach on this page (500× needs ≤ ${ms(mark.wall / 500)})`);

  // Most pages a reader opens are off topic: what Backstory costs there, on a page as long.
  const { GATE_READ } = await tsImport('../src/content/annotate-page.ts', import.meta.url);
  const offWith = [];
  const offWithout = [];
  for (let i = 0; i < RUNS; i++) {
    offWith.push(await probes.plainRun(withExt, OFF_PAGE, polls, { profile: true }));
    offWithout.push(await probes.plainRun(plain, OFF_PAGE, polls));
  }
  line(`off-topic ${WORDS.toLocaleString('en-US')}-word page, Backstory`, ms(median(offWith.map((r) => r.content))), `CPU profile, content.js stacks (runs: ${offWith.map((r) => r.content.toFixed(1)).join(', ')} ms); ScriptDuration with − without ${ms(median(offWith.map((r) => r.script)) - median(offWithout.map((r) => r.script)))}; the gate reads its first ${GATE_READ.toLocaleString('en-US')} characters`);

  // What a reader pays in all: the renderer's main thread, script, style, layout and paint.
  const settle = Math.max(2000, Math.ceil(median(ext.map((r) => r.lastAfterDcl ?? 0)) + 1000));
  const tracedWith = await probes.tracedRun(withExt, PAGE, settle);
  const tracedWithout = await probes.tracedRun(plain, PAGE, settle);
  if (tracedWith && tracedWithout) {
    line('renderer main thread, all work, with − without', ms(tracedWith.cpu - tracedWithout.cpu), `one traced run each: ${tracedWith.cpu.toFixed(0)} vs ${tracedWithout.cpu.toFixed(0)} ms CPU`);
    line('  of which Paint, with − without', ms(tracedWith.paint - tracedWithout.paint), `${tracedWith.paints} vs ${tracedWithout.paints} paints (highlights repaint the text in view)`);
  }

  // Cross-check, not the issue's metric: the thread CPU time of the content script's own
  // events against their wall time (see contentThreadRun in bench-page.mjs).
  const threads = [];
  for (let i = 0; i < RUNS; i++) threads.push(await probes.contentThreadRun(withExt, PAGE, settle));
  const traced = threads.filter(Boolean);
  if (traced.length > 0) {
    const cpu = median(traced.map((t) => t.tdur));
    line('content script thread CPU time (trace tdur)', ms(cpu), `${(cpu / floorMs).toFixed(2)}× the floor; wall (dur) of the same events ${ms(median(traced.map((t) => t.dur)))}; runs tdur/dur: ${traced.map((t) => `${t.tdur.toFixed(1)}/${t.dur.toFixed(1)}`).join(', ')} ms`);
  }

  const describeTasks = (runs) => {
    const all = runs.flatMap((r) => r.longTasks);
    const worst = all.length ? Math.max(...all) : 0;
    return { text: `${(all.length / runs.length).toFixed(1)} per run, longest ${worst.toFixed(0)} ms`, worst };
  };
  const tasksWith = describeTasks(ext);
  const tasksWithout = describeTasks(base);
  line('long tasks after DOMContentLoaded, with', tasksWith.text);
  line('long tasks after DOMContentLoaded, without', tasksWithout.text);
  const allTasks = (runs) => describeTasks(runs.map((r) => ({ longTasks: r.allLongTasks }))).text;
  line('  from navigation start, with / without', `${allTasks(ext)} / ${allTasks(base)}`);
  // Which of them the extension causes: cold loads under a trace (bench-cold-loads.mjs).
  // A task the thread ran under 50 ms of was waiting for a core: the machine's load, not our
  // work (bench-cold-loads.mjs), so the load average is printed beside.
  const loadBefore = loadavg()[0];
  const coldWith = describeColdTasks(await coldLongTasks(h, server, PAGE, { loads: RUNS, settleMs: settle, extension: true }));
  const coldWithout = describeColdTasks(await coldLongTasks(h, server, PAGE, { loads: RUNS, settleMs: settle, extension: false }));
  line('long tasks > 50 ms, traced cold loads, with', coldWith.text);
  for (const d of coldWith.details) console.log(`      ${d}`);
  line('long tasks > 50 ms, traced cold loads, without', coldWithout.text);
  const byWork = coldWith.caused - coldWith.waiting;
  line('  caused by the extension', String(byWork), `over 50 ms of the thread's time only with Backstory's script in them (most script in any: ${ms(coldWith.mostBackstory)} wall); extension adds none > 50 ms: ${verdict(byWork === 0)}`);
  line('  over 50 ms in wall time only, waiting', String(coldWith.waiting), `with our script, the thread running under 50 ms of each (see the lines above); load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);

  // The hover card: shown when the hover delay ends (it loads while the pointer rests).
  const { cardLatency } = await import('./bench-card.mjs');
  const hovers = await cardLatency(h, withExt, '/ontopic.html', CARD_TERMS, { rounds: RUNS });
  const shown = hovers.map((x) => x.shown).filter((x) => x !== null);
  const laidOut = hovers.map((x) => x.content).filter((x) => x !== null);
  const frame = 1000 / 60;
  const onTime = shown.filter((x) => x <= frame).length;
  line('hover card shown, after the hover delay', shown.length ? ms(median(shown)) : 'n/a', `${hovers.length} hovers on /ontopic.html, ${hovers.length - shown.length} with no card; shown ${shown.length ? `${Math.min(...shown).toFixed(0)}–${Math.max(...shown).toFixed(0)} ms` : '–'}, ${onTime} within one frame (${frame.toFixed(1)} ms): ${verdict(onTime === hovers.length)}`);
  if (laidOut.length) line('  its content laid out, after the delay', ms(median(laidOut)), `runs ${Math.min(...laidOut).toFixed(0)}–${Math.max(...laidOut).toFixed(0)} ms (negative: before the delay ended, out of sight)`);

  section('Background (service worker, off the page thread)');
  const bg = await probes.backgroundMeasures(withExt);
  for (const m of bg) line(m.name, ms(m.duration));
  const workerCpu = await workerCpuPerLoad(withExt, PAGE, { loads: RUNS, settleMs: settle });
  if (workerCpu.length > 0) line('service worker CPU, one load of the page', ms(median(workerCpu)), `a profile of the worker (matching, messaging, the report); runs: ${workerCpu.map((x) => x.toFixed(0)).join(', ')} ms`);
  // The worker's build is pure core code: time the same functions here, in V8 like the worker.
  try {
    const build = await matcherBuildInNode();
    line(`knowledge + matcher build (Node, ${build.articles} articles)`, ms(build.ms), `runs: ${build.runs.map((x) => x.toFixed(1)).join(', ')} ms; package ${(build.bytes / 1024).toFixed(1)} KB JSON`);
    const match = await pageMatchInNode(build.pkg, h.onTopicParagraphs(WORDS).join('\n'));
    line('matcher compile (once per knowledge version)', ms(match.compileMs));
    line(`page/annotate, the ${WORDS.toLocaleString('en-US')}-word page`, ms(median(match.runs)), `runs: ${match.runs.map((x) => x.toFixed(1)).join(', ')} ms (warm; off the page's thread)`);
  } catch (err) {
    line('knowledge + matcher build', 'n/a', err instanceof Error ? err.message.split('\n')[0] : String(err));
  }

  // Issue 5: popup first render, ingest, export/import with a full store (own browser session).
  if (!process.argv.includes('--no-popup')) {
    const popup = await import('./bench-popup.mjs');
    popup.printPopupFigures(await popup.benchPopup({ build: false }));
  }
} catch (err) {
  console.error(`\nbench failed: ${err instanceof Error ? err.stack : err}`);
  process.exitCode = 1;
} finally {
  for (const s of sessions) await s.close();
  await server.close();
}
