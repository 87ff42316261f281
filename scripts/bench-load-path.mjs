// How much of content.js one load of the bench's 50k-word page compiles and runs, in counts that
// do not depend on how busy the machine is (Chromium):
//   node scripts/build.mjs --no-zip && cp -r dist /tmp/d && node scripts/bench-load-path.mjs /tmp/d [--loads 3]
// With --never on an unminified build (BACKSTORY_NO_MINIFY=1, whose bundle keeps esbuild's
// `// src/…` module markers), it also lists the functions no load ran, by source module.
// Per load, from a trace with disabled-by-default-v8.compile: the lazy compiles (V8.CompileCode)
// inside the events that run our scripts (bench-trace.mjs's contentScriptEvents: content.js's
// evaluation and every call into its world), and the thread CPU of the script's compile
// (v8.compile) and top-level evaluation (v8.run). From a precise-coverage load: the functions of
// content.js that ran (the lazily compiled ones, by name with NAMES=1) and their source bytes.
// The counts repeat load after load; the milliseconds are the loaded machine's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { contentScriptEvents, sleep } from './bench-trace.mjs';
import { numberArg } from './number-arg.mjs';

const dist = process.argv.slice(2).find((x, i, all) => !x.startsWith('--') && !['--loads', '--words'].includes(all[i - 1]));
const NEVER = process.argv.includes('--never');
if (!dist) {
  console.error('usage: node scripts/bench-load-path.mjs DIST [--loads 3] [--words 50000]');
  process.exit(2);
}
const LOADS = numberArg('--loads', 3);
const PAGE = `/gen/long.html?words=${numberArg('--words', 50_000)}&seed=42`;
const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8', 'disabled-by-default-v8.compile'];
const source = readFileSync(join(dist, 'chrome', 'content.js'));
const TAIL_MS = 4000;
const ms = (us) => (us / 1000).toFixed(2);

/** Waits until the page's highlights have held for 1 s (the bench's own end of a run), then
 *  TAIL_MS more: only the band near the viewport is registered at once, so the count holds
 *  while the background still matches the last chunks, and the run's end (the report, the
 *  interaction wake, the observers' start) comes after it. */
async function settle(page) {
  const count = `(() => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) n += h.size; return n; })()`;
  let last = -1, since = Date.now();
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    await sleep(100);
    const n = await page.evaluate(count);
    if (n !== last) { last = n; since = Date.now(); } else if (n > 0 && Date.now() - since >= 1000) break;
  }
  await sleep(TAIL_MS);
  return last;
}

async function tracedLoad(session) {
  const page = await session.browser.newPage();
  try {
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(session.server.url(PAGE), { waitUntil: 'load', timeout: 60_000 });
    const ranges = await settle(page);
    const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
    const outer = contentScriptEvents(events);
    if (!outer) return null;
    const { pid, tid } = outer[0];
    const inOurs = (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && outer.some((o) => o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur);
    const compiles = events.filter((e) => e.name === 'V8.CompileCode' && inOurs(e));
    const top = (name) => events.find((e) => e.name === name && String(e.args?.fileName ?? '').endsWith('/content.js'));
    return {
      ranges,
      compiles: compiles.length,
      compileUs: compiles.reduce((t, e) => t + (e.tdur ?? 0), 0),
      parseUs: top('v8.compile')?.tdur ?? NaN,
      runUs: top('v8.run')?.tdur ?? NaN,
      oursUs: outer.reduce((t, e) => t + (e.tdur ?? 0), 0),
    };
  } finally {
    await page.close();
  }
}

/** The functions of content.js that ran on one load (precise coverage, counts per function). */
async function coveredLoad(session) {
  const page = await session.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await page.goto(session.server.url(PAGE), { waitUntil: 'load', timeout: 60_000 });
    await settle(page);
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    const script = result.find((s) => s.url.endsWith('/content.js'));
    if (!script) return null;
    // The first entry is the script itself, the second the bundle's wrapper (an IIFE, compiled
    // with the script); nested functions' ranges lie inside their outer ones.
    const whole = script.functions[0].ranges[0].endOffset;
    const wrapper = (f) => f.ranges[0].endOffset - f.ranges[0].startOffset > whole - 100;
    const ran = script.functions.slice(1).filter((f) => f.ranges[0].count > 0 && !wrapper(f));
    // Bytes of source inside any function that ran (the union of their ranges: inner functions
    // lie inside outer ones).
    let bytes = 0, reach = 0;
    for (const { startOffset, endOffset } of ran.map((f) => f.ranges[0]).sort((a, b) => a.startOffset - b.startOffset)) {
      bytes += Math.max(0, endOffset - Math.max(startOffset, reach));
      reach = Math.max(reach, endOffset);
    }
    return { ran, bytes, all: script.functions.slice(1).filter((f) => !wrapper(f)), };
  } finally {
    await page.close();
  }
}

/** The functions no covered load ran, outermost only (an inner one of a function that never
 *  ran is counted in it), by the bundle's module marker before each; bytes of source each. */
function printNever(loads) {
  const text = source.toString('utf8');
  const markers = [...text.matchAll(/^ {2}\/\/ (src\/\S+)$/gm)].map((m) => ({ at: m.index, name: m[1] }));
  if (!markers.length) { console.log('never-run functions: no module markers (build with BACKSTORY_NO_MINIFY=1)'); return; }
  const keys = [...loads[0]].filter((k) => loads.every((l) => l.has(k)));
  const spans = keys.map((k) => { const [s, e, name] = k.split(':'); return { s: Number(s), e: Number(e), name }; }).sort((a, b) => a.s - b.s);
  const outer = spans.filter((f) => !spans.some((o) => o !== f && o.s <= f.s && o.e >= f.e));
  const byModule = new Map();
  for (const f of outer) {
    const module = markers.filter((m) => m.at < f.s).at(-1)?.name ?? '(head)';
    const g = byModule.get(module) ?? { bytes: 0, count: 0, names: [] };
    g.bytes += f.e - f.s; g.count += 1 + spans.filter((o) => o !== f && f.s <= o.s && f.e >= o.e).length; g.names.push(f.name || '(anonymous)');
    byModule.set(module, g);
  }
  console.log(`never run on any of ${loads.length} loads: ${keys.length} functions, by module (bytes of unminified source):`);
  for (const [module, g] of [...byModule].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(`  ${String(g.bytes).padStart(6)}  ${String(g.count).padStart(3)} fn  ${module}: ${g.names.join(', ')}`);
  }
}

const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
const server = await h.startFixtureServer();
const session = await h.launchChromium(server, { extensionDir: join(dist, 'chrome') });
try {
  console.log(`content.js: ${source.length} bytes, ${gzipSync(source).length} gzipped`);
  // The first load of a fresh browser pays its own start-up: not counted.
  await tracedLoad(session);
  for (let i = 1; i <= LOADS; i++) {
    const t = await tracedLoad(session);
    if (!t) { console.log(`load ${i}: content.js did not run`); continue; }
    console.log(`load ${i}: ${t.compiles} lazy compiles in our events (${ms(t.compileUs)} ms), script compile ${ms(t.parseUs)} ms, top-level evaluation ${ms(t.runUs)} ms, all our events ${ms(t.oursUs)} ms thread CPU (${t.ranges} ranges)`);
  }
  const never = [];
  for (let i = 1; i <= LOADS; i++) {
    const c = await coveredLoad(session);
    if (!c) { console.log(`coverage ${i}: content.js did not run`); continue; }
    console.log(`coverage ${i}: ${c.ran.length} of ${c.all.length} functions ran, ${c.bytes} bytes of source in them`);
    if (process.env.NAMES) {
      for (const f of c.ran) console.log(`  ${String(f.ranges[0].endOffset - f.ranges[0].startOffset).padStart(6)}  ${f.functionName || '(anonymous)'} @${f.ranges[0].startOffset} ×${f.ranges[0].count}`);
    }
    never.push(new Set(c.all.filter((f) => !c.ran.includes(f)).map((f) => `${f.ranges[0].startOffset}:${f.ranges[0].endOffset}:${f.functionName}`)));
  }
  if (NEVER) printNever(never);
} finally {
  await session.close();
  await server.close?.();
}
process.exit(0);
