// The benchmark's measurements inside Chromium pages (used by scripts/bench.mjs). Page code
// is kept as strings: it runs in the page's world, not in Node.
//
// Backstory's time is CDP ScriptDuration of the page's renderer with the extension minus
// without (same page, same polling), as the issue proposes, from runs with no profiler
// attached (its sampling slows the script it watches and would make the long-task count
// unfair). A CPU profile (200 µs samples; samples whose stack runs through our scripts,
// times the interval) is taken in separate runs as a cross-check and for BENCH_WHERE's
// breakdown.
// The floor and mark.js are synchronous, so performance.now() around them is their
// main-thread time.

import { CONTENT_TRACE, CONTENT_URL, contentScriptEvents, pageMainThread, sleep, tracedLoad } from './bench-trace.mjs';

export { sleep };

const TYPE_NAMES = ['backstory-person', 'backstory-org', 'backstory-place', 'backstory-event', 'backstory-number', 'backstory-date'];

// Installed before any page script: long tasks, and when the highlight count last changed
// (a 16 ms poll of the registry, run with and without the extension alike).
const INSTRUMENT = `(() => {
  const names = ${JSON.stringify(TYPE_NAMES)};
  const b = (window.__bench = { longTasks: [], first: null, last: null, count: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long task API */ }
  setInterval(() => {
    let n = 0;
    if (window.CSS && CSS.highlights) for (const name of names) n += CSS.highlights.get(name)?.size ?? 0;
    if (n !== b.count) {
      const t = performance.now();
      if (b.first === null && n > 0) b.first = t;
      b.last = t;
      b.count = n;
    }
  }, 16);
})();`;

const READ_RUN = `(() => {
  const b = window.__bench;
  const dcl = performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
  return {
    count: b.count,
    firstAfterDcl: b.first === null ? null : b.first - dcl,
    lastAfterDcl: b.last === null ? null : b.last - dcl,
    longTasks: b.longTasks.filter((t) => t.start >= dcl).map((t) => t.duration),
    allLongTasks: b.longTasks.map((t) => t.duration),
  };
})()`;

// The floor: one TreeWalker pass over every text node, then n StaticRanges spread over
// them, registered as one Highlight (the cheapest range type and a single registration).
export const FLOOR = (n) => `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) { nodes.push(node); chars += node.data.length; }
  const highlight = new Highlight();
  for (let i = 0; i < ${n}; i++) {
    const node = nodes[Math.floor((i * nodes.length) / ${n})];
    const length = node.data.length;
    const start = (i * 37) % Math.max(1, length - 12);
    highlight.add(new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: Math.min(length, start + 12) }));
  }
  CSS.highlights.set('bench-floor', highlight);
  const wall = performance.now() - t0;
  CSS.highlights.delete('bench-floor');
  return { wall, chars };
})()`;

// mark.js as its users call it: one mark() with the array of terms (whole phrases, no
// diacritics expansion: both make it faster, so the comparison favours mark.js). Timed
// fully: the DOM it rewrote is laid out again before the clock stops (a forced layout),
// since a reader pays for that too; the wrap-only time is reported beside it.
const MARK = (terms) => `new Promise((resolve) => {
  const t0 = performance.now();
  new Mark(document.body).mark(${JSON.stringify(terms)}, {
    separateWordSearch: false,
    diacritics: false,
    done: (marks) => {
      const wrapped = performance.now() - t0;
      document.body.getBoundingClientRect();
      resolve({ wall: performance.now() - t0, wrapped, marks });
    },
  });
})`;

/** The profiler's sampling interval, µs. */
const SAMPLE_US = 200;

export async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Milliseconds of profile samples whose stack includes a frame of a script whose URL matches `ours`. */
function profiledMs(profile, ours) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const hit = new Map();
  const inScript = (id) => {
    if (hit.has(id)) return hit.get(id);
    const n = nodes.get(id);
    const own = ours.test(n.callFrame.url);
    const result = own || (parent.has(id) ? inScript(parent.get(id)) : false);
    hit.set(id, result);
    return result;
  };
  let us = 0;
  let hits = 0;
  const self = new Map();
  profile.samples.forEach((id, i) => {
    if (!inScript(id)) return;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    us += dt;
    hits++;
    // BENCH_WHERE=1 prints where that time goes: the sampled frame and its nearest content.js caller.
    if (process.env.BENCH_WHERE) {
      let n = nodes.get(id);
      const leaf = `${n.callFrame.functionName || '(anon)'}@${n.callFrame.url.split('/').pop()}`;
      while (n && !ours.test(n.callFrame.url)) n = nodes.get(parent.get(n.id));
      const key = `${leaf} ← ${n ? `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : '?'}`;
      self.set(key, (self.get(key) ?? 0) + SAMPLE_US);
    }
  });
  if (process.env.BENCH_WHERE) {
    console.log(`    ${hits} samples × ${SAMPLE_US} µs = ${((hits * SAMPLE_US) / 1000).toFixed(1)} ms; by time deltas ${(us / 1000).toFixed(1)} ms`);
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
    console.log(top.map(([k, v]) => `    ${(v / 1000).toFixed(1).padStart(7)} ms  ${k}`).join('\n'));
  }
  // Samples × interval, not the time deltas: a delta also holds the time the renderer sat
  // descheduled waiting for a core (the browser's other processes, the worker matching), which
  // on a busy 2-core machine tripled the figure.
  return hits * (SAMPLE_US / 1000);
}

/** The bench's polling of a page, the same with and without the extension: `polls` reads
 *  of the highlight count, 100 ms apart. */
export async function poll(page, polls) {
  for (let i = 0; i < polls; i++) {
    await sleep(100);
    await page.evaluate('window.__bench.count');
  }
}

export async function openMeasured(session, path, { profile = false, onConsole } = {}) {
  const page = await session.browser.newPage();
  if (onConsole) page.on('console', (m) => onConsole(m.text()));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await cdp.send('Profiler.start');
  }
  await page.evaluateOnNewDocument(INSTRUMENT);
  await page.goto(session.server.url(path), { waitUntil: 'load', timeout: 60_000 });
  return { page, cdp };
}

export function pageProbes(h) {
  return {
    /** The page with the extension: waits until the highlight count has held for 1 s. */
    async annotatedRun(session, path, { profile = false } = {}) {
      const { page, cdp } = await openMeasured(session, path, { profile });
      try {
        let polls = 0, last = -1, since = Date.now();
        const end = Date.now() + 60_000;
        while (Date.now() < end) {
          await sleep(100);
          polls++;
          const n = await page.evaluate('window.__bench.count');
          if (n !== last) { last = n; since = Date.now(); } else if (n > 0 && Date.now() - since >= 1000) break;
        }
        const script = await scriptMs(cdp);
        const content = profile ? profiledMs((await cdp.send('Profiler.stop')).profile, CONTENT_URL) : null;
        const run = await page.evaluate(READ_RUN);
        const texts = h.allTexts(await h.highlightsIn(page));
        return { ...run, script, content, polls, ranges: texts.length, texts };
      } finally {
        await page.close();
      }
    },

    /** The same page and the same polling without the extension (or, `profile`, a page
     *  where it highlights nothing: an off-topic one). */
    async plainRun(session, path, polls, { profile = false } = {}) {
      const { page, cdp } = await openMeasured(session, path, { profile });
      try {
        await poll(page, polls);
        const script = await scriptMs(cdp);
        const content = profile ? profiledMs((await cdp.send('Profiler.stop')).profile, CONTENT_URL) : null;
        return { ...(await page.evaluate(READ_RUN)), script, content };
      } finally {
        await page.close();
      }
    },

    /** Everything the page's renderer main thread spent (CPU time of its top-level tasks,
     *  from a trace) over the load and `settleMs` after, and how much of it was Paint. */
    async tracedRun(session, path, settleMs) {
      const traceEvents = await tracedLoad(session, path, settleMs, ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline']);
      const main = pageMainThread(traceEvents, path);
      if (!main) return null;
      const sum = (events) => events.reduce((t, e) => t + (e.tdur ?? 0), 0) / 1000;
      const outermost = (name) => main.filter((e) => e.name === name && !main.some((o) => o !== e && o.name === name && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur));
      // Every RunTask summed flat: none starts inside another on this thread (4 traces of the 50k-word page, with and without the extension, 1,334 tasks).
      return { cpu: sum(main.filter((e) => e.name === 'ThreadControllerImpl::RunTask')), paint: sum(outermost('Paint')), paints: outermost('Paint').length };
    },

    /** The content script's own share of the page's main thread, from a trace: the outermost
     *  events that run its code (its compile and evaluation, and every call into its world,
     *  message replies and their microtasks included), with their wall time (dur) and the
     *  thread's CPU time in them (tdur). ScriptDuration is wall time: while the background
     *  matches on another core of a 2-core machine, the renderer waits for one inside our
     *  script, and dur grows while tdur does not. */
    async contentThreadRun(session, path, settleMs) {
      const outer = contentScriptEvents(await tracedLoad(session, path, settleMs, CONTENT_TRACE));
      if (!outer) return null;
      const sum = (key) => outer.reduce((t, e) => t + (e[key] ?? 0), 0) / 1000;
      return { dur: sum('dur'), tdur: sum('tdur'), events: outer.length };
    },

    async floorRun(session, path, ranges) {
      const { page, cdp } = await openMeasured(session, path);
      try {
        await sleep(300);
        const before = await scriptMs(cdp);
        const { wall } = await page.evaluate(FLOOR(ranges));
        return { script: (await scriptMs(cdp)) - before, wall };
      } finally {
        await page.close();
      }
    },

    async markRun(session, path, terms, markJs) {
      const { page, cdp } = await openMeasured(session, path);
      try {
        await page.addScriptTag({ path: markJs });
        await sleep(300);
        const before = await scriptMs(cdp);
        const { wall, wrapped, marks } = await page.evaluate(MARK(terms));
        return { script: (await scriptMs(cdp)) - before, wall, wrapped, marks };
      } finally {
        await page.close();
      }
    },

    /** The `n` most frequent distinct highlighted texts. */
    topTerms(texts, n) {
      const counts = new Map();
      for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([t]) => t);
    },

    /** performance.measure() entries the service worker recorded (e.g. the matcher build). */
    async backgroundMeasures(session) {
      const target = session.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(session.extensionOrigin));
      const worker = target ? await target.worker() : null;
      if (!worker) return [];
      return worker.evaluate(`performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration }))`);
    },
  };
}
