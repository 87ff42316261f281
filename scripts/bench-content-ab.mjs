// Two builds of the content script side by side on the bench's 50k-word page, in one run:
//   node scripts/bench-content-ab.mjs OLD_DIST NEW_DIST [--rounds 9] [--words 50000]
// (each DIST a folder holding chrome/, as `node scripts/build.mjs --no-zip` writes dist/).
// Each round loads the page once in each build's Chromium, the order swapped every round, and
// takes content.js's CPU-profile time (samples whose stack runs through our script) and, from
// a traced load, the thread CPU time of the content script's own events (tdur: what a busy
// machine's waits for a core do not inflate). It prints the medians and the median of the per-round ratios: a change of a
// millisecond or two is below what separate bench runs can tell apart on a shared machine.
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { pageProbes } from './bench-page.mjs';
import { numberArg } from './number-arg.mjs';

const flags = new Set(['--rounds', '--words']);
const dists = process.argv.slice(2).filter((x, i, all) => !x.startsWith('--') && !flags.has(all[i - 1]));
if (dists.length !== 2) {
  console.error('usage: node scripts/bench-content-ab.mjs OLD_DIST NEW_DIST [--rounds 9] [--words 50000]');
  process.exit(2);
}
const ROUNDS = numberArg('--rounds', 9);
const PAGE = `/gen/long.html?words=${numberArg('--words', 50_000)}&seed=42`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
const probes = pageProbes(h);
const server = await h.startFixtureServer();
const sessions = [];
try {
  for (const dist of dists) sessions.push(await h.launchChromium(server, { extensionDir: join(dist, 'chrome') }));
  // A first load each, not counted: the first page of a fresh browser pays its own start-up.
  for (const s of sessions) await probes.annotatedRun(s, PAGE, { profile: true });
  const runs = dists.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) {
      const run = await probes.annotatedRun(sessions[i], PAGE, { profile: true });
      const traced = await probes.contentThreadRun(sessions[i], PAGE, 2000);
      runs[i].push({ profile: run.content, script: run.script, ranges: run.ranges, tdur: traced?.tdur ?? NaN });
    }
    console.log(`round ${r + 1}: ${runs.map((rs) => `profile ${rs.at(-1).profile.toFixed(1)}, tdur ${rs.at(-1).tdur.toFixed(1)} ms (${rs.at(-1).ranges} ranges)`).join(' | ')}`);
  }
  dists.forEach((dist, i) => {
    console.log(`${dist}: profile ${median(runs[i].map((x) => x.profile)).toFixed(1)} ms, tdur ${median(runs[i].map((x) => x.tdur)).toFixed(1)} ms, ScriptDuration ${median(runs[i].map((x) => x.script)).toFixed(1)} ms (medians of ${ROUNDS})`);
  });
  for (const key of ['profile', 'tdur']) {
    const ratios = runs[1].map((x, r) => x[key] / runs[0][r][key]);
    console.log(`new / old, per round (${key}): median ${median(ratios).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(', ')})`);
  }
} finally {
  for (const s of sessions) await s.close();
  await server.close?.();
}
process.exit(0);
