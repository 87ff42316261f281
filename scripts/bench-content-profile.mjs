// Where content.js's main-thread time goes on the bench's 50k-word page, by function and by
// source file: CPU profiles of several loads, summed.
//   BACKSTORY_NO_MINIFY=1 node scripts/build.mjs --no-zip && cp -r dist /tmp/unmin
//   node scripts/bench-content-profile.mjs /tmp/unmin [--loads 6] [--words 50000]
// An unminified build keeps the functions' names, and its "// src/…" comments name the source
// file of every line. A sample counts as ours when a frame of content.js or content-more.js is
// on its stack (as bench-page.mjs counts it); its self time goes to the innermost of our
// frames (native and V8 work it called, such as building a range or cloning a message,
// counted to the function that asked for it), its total time to every function on the way.
// STACK_OF=<name> also prints the stacks under which a native leaf of that name was sampled
// (e.g. "get app": the extension API's first touch), LINES_OF=<name> a function's self time
// by line of the bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { openMeasured, sleep } from './bench-page.mjs';
import { CONTENT_URL } from './bench-trace.mjs';
import { numberArg } from './number-arg.mjs';

const dist = process.argv.slice(2).find((x, i, all) => !x.startsWith('--') && !['--loads', '--words'].includes(all[i - 1]));
if (!dist) {
  console.error('usage: node scripts/bench-content-profile.mjs DIST [--loads 6] [--words 50000]');
  process.exit(2);
}
const LOADS = numberArg('--loads', 6);
const PAGE = `/gen/long.html?words=${numberArg('--words', 50_000)}&seed=42`;
const SAMPLE_MS = 0.2;

/** Line (0-based) → source file, from the bundle's "// src/…" module comments. */
function sourceLines(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out = [];
  let current = '(bundle)';
  for (const line of lines) {
    const m = /^ {2}\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) current = m[1].replace(/^src\//, '');
    out.push(current);
  }
  return out;
}
const files = {
  'content.js': sourceLines(join(dist, 'chrome', 'content.js')),
  'content-more.js': sourceLines(join(dist, 'chrome', 'content-more.js')),
};
const where = (frame) => {
  const script = frame.url.split('/').pop();
  return files[script]?.[frame.lineNumber] ?? script;
};

const self = new Map();
const total = new Map();
const byFile = new Map();
const leaves = new Map();
let samples = 0;
const stacks = new Map();
const lineTicks = new Map();

function add(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  if (process.env.LINES_OF) {
    for (const n of profile.nodes) {
      if (n.callFrame.functionName !== process.env.LINES_OF || !CONTENT_URL.test(n.callFrame.url)) continue;
      for (const t of n.positionTicks ?? []) lineTicks.set(t.line, (lineTicks.get(t.line) ?? 0) + t.ticks * SAMPLE_MS);
    }
  }
  for (const id of profile.samples) {
    const stack = [];
    for (let n = nodes.get(id); n; n = nodes.get(parent.get(n.id))) stack.push(n);
    const ours = stack.filter((n) => CONTENT_URL.test(n.callFrame.url));
    if (ours.length === 0) continue;
    samples++;
    const key = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame)}:${n.callFrame.lineNumber + 1}`;
    self.set(key(ours[0]), (self.get(key(ours[0])) ?? 0) + SAMPLE_MS);
    byFile.set(where(ours[0].callFrame), (byFile.get(where(ours[0].callFrame)) ?? 0) + SAMPLE_MS);
    for (const k of new Set(ours.map(key))) total.set(k, (total.get(k) ?? 0) + SAMPLE_MS);
    const leaf = stack[0];
    if (process.env.STACK_OF && leaf.callFrame.functionName === process.env.STACK_OF) {
      const sk = stack.slice(0, 8).map((n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`).join(' < ');
      stacks.set(sk, (stacks.get(sk) ?? 0) + SAMPLE_MS);
    }
    if (!CONTENT_URL.test(leaf.callFrame.url)) {
      const lk = `${leaf.callFrame.functionName || '(anonymous)'} ← ${key(ours[0])}`;
      leaves.set(lk, (leaves.get(lk) ?? 0) + SAMPLE_MS);
    }
  }
}

const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
const server = await h.startFixtureServer();
const session = await h.launchChromium(server, { extensionDir: join(dist, 'chrome') });
try {
  for (let i = 0; i <= LOADS; i++) {
    const { page, cdp } = await openMeasured(session, PAGE, { profile: true });
    let last = -1, since = Date.now();
    const end = Date.now() + 60_000;
    while (Date.now() < end) {
      await sleep(100);
      const n = await page.evaluate('window.__bench.count');
      if (n !== last) { last = n; since = Date.now(); } else if (n > 0 && Date.now() - since >= 1000) break;
    }
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    // The first load of a fresh browser pays its own start-up: not counted.
    if (i > 0) add(profile);
    console.log(`load ${i}: ${last} ranges${i === 0 ? ' (warm-up, not counted)' : ''}`);
  }
} finally {
  await session.close();
  await server.close?.();
}
const per = (ms) => (ms / LOADS).toFixed(2).padStart(6);
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`\nour samples: ${samples} × ${SAMPLE_MS} ms over ${LOADS} loads = ${per(samples * SAMPLE_MS)} ms a load`);
console.log('\nself time by source file (ms a load):');
for (const [k, v] of top(byFile, 30)) console.log(`  ${per(v)}  ${k}`);
console.log('\nself time by function (ms a load; native work counted to our caller):');
for (const [k, v] of top(self, 30)) console.log(`  ${per(v)}  ${k}`);
console.log('\ntotal time by function (ms a load):');
for (const [k, v] of top(total, 30)) console.log(`  ${per(v)}  ${k}`);
console.log('\nnative / V8 leaves under our frames (ms a load):');
for (const [k, v] of top(leaves, 20)) console.log(`  ${per(v)}  ${k}`);
if (process.env.LINES_OF) {
  console.log(`\nself time of ${process.env.LINES_OF} by bundle line (ms a load):`);
  for (const [k, v] of top(lineTicks, 15)) console.log(`  ${per(v)}  line ${k}`);
}
if (process.env.STACK_OF) {
  console.log(`\nstacks of ${process.env.STACK_OF} (ms a load):`);
  for (const [k, v] of top(stacks, 20)) console.log(`  ${per(v)}  ${k}`);
}
process.exit(0);
