// Who causes the long tasks (used by scripts/bench.mjs). The Long Tasks API cannot say: it
// gives no script attribution, and Long Animation Frames leave content scripts out. So the
// page is loaded cold (a fresh browser, its first page) under a trace, with the extension
// and without, and every main-thread task over 50 ms is split into Backstory's script in
// it and the rest. On the 50k-word page the rest is the page's own first layout (65–110
// ms), which lands just before DOMContentLoaded without the extension and sometimes just
// after it with one, so counting tasks after DOMContentLoaded alone blamed the extension
// for the page's layout. A task counts as caused by the extension when it would be under
// 50 ms without Backstory's script, in wall time: a task blocks the page however its time
// is spent. But on a busy machine a task's wall time is mostly its thread waiting for a
// core: a 7 ms evaluation of content.js ran 72–97 ms wall at load average 10–16, and the
// page's own layouts were stretched as much (263 ms for 78 ms of CPU). So each such task
// also says how much of it the thread ran (its CPU time); one the thread ran under 50 ms
// of is counted apart, as waiting, not as our work, and one the thread ran over 50 ms of only
// with our script's CPU is ours however long its wall time without it (blame). Not attributed: the repaint its
// highlights cause (the page without the extension repaints too, as slowly, so the trace
// cannot tell them apart); the traced runs' "of which Paint, with − without" line is where
// that cost shows. Tracing slows everything, so a task here runs longer than untraced.
// Each task with our script in it says what ran (our entries: compiling and evaluating
// content.js, a callback into its world) and, by the trace's profiler samples
// (bench-trace-samples.mjs), which functions, how long the thread stopped between samples,
// and how much CPU the other traced threads took meanwhile; the line of all long tasks says
// how much of their wall time the thread ran, with the extension and without.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_TRACE, contentScriptEvents, otherThreadsCpu, pageMainThread, tracedLoad } from './bench-trace.mjs';
import { describeSamples, sampleInterval, samplesBetween, SAMPLES_TRACE, threadSamples } from './bench-trace-samples.mjs';
import { numberArg } from './number-arg.mjs';

const LONG_MS = 50;
/** Trace events that name a kind of main-thread work (not nested in each other). */
const WORK = ['Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'EvaluateScript', 'FunctionCall', 'MajorGC', 'MinorGC', 'DocumentLoader::CommitNavigation'];
/** Our entries and the phases inside them worth naming. */
const PHASES = ['EvaluateScript', 'v8.compile', 'v8.run', 'v8.callFunction', 'FunctionCall', 'v8.compileModule', 'MajorGC', 'MinorGC', 'V8.GC_MC_BACKGROUND_MARKING'];

const wallCpu = (e) => `${(e.dur / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`;

/** Whether a long task with our script is the extension's (`caused`): under 50 ms without our
 *  script's wall time, or over 50 ms of the thread's CPU only with our script's CPU (on a busy
 *  machine the page's part of a task is stretched past 50 ms wall though the thread ran it
 *  for less, and ours then took the task over 50 ms of CPU); `waiting`: caused in wall time
 *  only, the thread running under 50 ms of it. */
export function blame({ ms, cpu, backstory, backstoryCpu }) {
  if (backstory <= 0) return { caused: false, waiting: false };
  const byWall = ms - backstory <= LONG_MS;
  const byCpu = cpu > LONG_MS && cpu - backstoryCpu <= LONG_MS;
  return { caused: byWall || byCpu, waiting: byWall && cpu <= LONG_MS };
}

/** Main-thread tasks over 50 ms in one traced load (of `path`, when known), each with the
 *  content script's wall time inside it, the thread's CPU time, and for those with our script
 *  what ran. */
function longTasksOf(traceEvents, path) {
  const main = pageMainThread(traceEvents, path);
  if (!main) return null;
  // Only our events on that thread (main holds at least the page's ParseHTML).
  const { pid, tid } = main[0];
  const ours = (contentScriptEvents(traceEvents) ?? []).filter((e) => e.pid === pid && e.tid === tid);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > LONG_MS * 1000);
  const samples = tasks.length ? threadSamples(traceEvents, pid, tid) : [];
  const interval = sampleInterval(samples);
  const within = (t) => (e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
  return tasks.map((t) => {
    const inside = ours.filter(within(t));
    const backstory = inside.reduce((sum, e) => sum + e.dur, 0) / 1000;
    const backstoryCpu = inside.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
    const ms = t.dur / 1000;
    const cpu = (t.tdur ?? t.dur) / 1000;
    // What filled it, for the reader: the kind of work with the most time inside.
    const work = new Map();
    for (const e of main.filter(within(t))) if (WORK.includes(e.name)) work.set(e.name, (work.get(e.name) ?? 0) + e.dur);
    const mostly = [...work].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
    const task = { ms, cpu, backstory, backstoryCpu, mostly: mostly.replace('DocumentLoader::CommitNavigation', 'navigation'), ...blame({ ms, cpu, backstory, backstoryCpu }) };
    if (inside.length === 0) return task;
    // Our entries and the phases in them, wall/CPU ms, in order.
    const ran = main.filter((e) => PHASES.includes(e.name) && inside.some((o) => within(o)(e)) && e.dur >= 500).sort((a, b) => a.ts - b.ts);
    const named = (e) => (e.name === 'FunctionCall' && e.args?.data?.functionName ? `FunctionCall ${e.args.data.functionName}` : e.name);
    return {
      ...task,
      ran: ran.map((e) => `${named(e)} ${wallCpu(e)}`).join(', '),
      sampled: describeSamples(samplesBetween(samples, t.ts, t.ts + t.dur, interval)),
      others: otherThreadsCpu(traceEvents, { pid, tid }, t.ts, t.ts + t.dur),
    };
  });
}

/** `loads` cold loads of `path`, each in a fresh browser; the long tasks of each. */
export async function coldLongTasks(h, server, path, { loads, settleMs, extension }) {
  const out = [];
  for (let i = 0; i < loads; i++) {
    // Straight after launch, as a reader's first page (and the bench's first run) meets it:
    // the background may still be starting.
    const session = await h.launchChromium(server, { extension });
    try {
      const events = await tracedLoad(session, path, settleMs, [...CONTENT_TRACE, SAMPLES_TRACE]);
      // BENCH_TRACE_DIR keeps each load's trace (for chrome://tracing or a closer look).
      if (process.env.BENCH_TRACE_DIR) writeFileSync(join(process.env.BENCH_TRACE_DIR, `cold-${extension ? 'with' : 'without'}-${Date.now()}.json`), JSON.stringify({ traceEvents: events }));
      const tasks = longTasksOf(events, path);
      if (tasks) out.push(tasks);
    } finally {
      await session.close();
    }
  }
  return out;
}

/** One line's worth: "2 in 3 loads: 68 ms Layout, 71 ms Layout (Backstory script 1.2 ms, CPU 0.9 ms)";
 *  and a line for each task with our script in it: what ran and what the samples saw. */
export function describeColdTasks(loads) {
  const all = loads.flat();
  const list = all.map((t) => `${t.ms.toFixed(0)} ms ${t.mostly}${t.backstory > 0 ? ` (Backstory script ${t.backstory.toFixed(1)} ms, CPU ${t.backstoryCpu.toFixed(1)} ms)` : ''}${t.caused ? ` [Backstory${t.waiting ? `, waiting: the thread ran ${t.cpu.toFixed(1)} ms of it` : ''}]` : ''}`).join(', ');
  const details = all.filter((t) => t.backstory > 0).map(detailOf);
  const caused = all.filter((t) => t.caused);
  return {
    // How much of its long tasks the thread ran: with and without the extension alike when
    // the machine, not our background, kept it waiting.
    text: `${all.length} in ${loads.length} loads${all.length ? `: ${list}; the thread ran ${ranShare(all)} of their wall time` : ''}`,
    details,
    caused: caused.length,
    waiting: caused.filter((t) => t.waiting).length,
    mostBackstory: Math.max(0, ...all.map((t) => t.backstory)),
  };
}

const ranShare = (tasks) => `${((100 * tasks.reduce((sum, t) => sum + t.cpu, 0)) / tasks.reduce((sum, t) => sum + t.ms, 0)).toFixed(0)}%`;

/** "97 ms, the thread ran 6.9 ms: ours EvaluateScript 96.8/6.4 (wall/CPU ms), …; samples …; the
 *  other traced threads 18.3 ms CPU meanwhile" (the browser's, the GPU's, renderers'; the
 *  extension's worker is not in the page's trace) */
function detailOf(t) {
  return `${t.ms.toFixed(0)} ms, the thread ran ${t.cpu.toFixed(1)} ms: ours (wall/CPU ms) ${t.ran}; ${t.sampled}; other traced threads ${t.others.toFixed(1)} ms CPU meanwhile`;
}

// Alone, for a closer look (after a build): every long task of every load, with what ran.
//   node scripts/bench-cold-loads.mjs [--loads 5] [--words 50000] [--without]
//   node scripts/bench-cold-loads.mjs --read TRACE.json…   (traces kept by BENCH_TRACE_DIR)
if (import.meta.url === `file://${process.argv[1]}`) {
  const page = `/gen/long.html?words=${numberArg('--words', 50_000)}&seed=42`;
  const print = (loads) => loads.forEach((tasks, i) => {
    console.log(`load ${i + 1}: ${tasks.length} long task(s)`);
    for (const t of tasks) console.log(`  ${t.mostly}${t.caused ? ' [Backstory]' : ''}${t.waiting ? ' [waiting]' : ''}: ${t.backstory > 0 ? detailOf(t) : `${t.ms.toFixed(0)} ms, the thread ran ${t.cpu.toFixed(1)} ms`}`);
  });
  const read = process.argv.indexOf('--read');
  if (read >= 0) {
    const { readFileSync } = await import('node:fs');
    print(process.argv.slice(read + 1).map((f) => longTasksOf(JSON.parse(readFileSync(f, 'utf8')).traceEvents) ?? []));
  } else {
    const { tsImport } = await import('tsx/esm/api');
    const h = await tsImport('../tests/e2e/harness.ts', import.meta.url);
    const server = await h.startFixtureServer();
    try {
      print(await coldLongTasks(h, server, page, { loads: numberArg('--loads', 5), settleMs: 3000, extension: !process.argv.includes('--without') }));
    } finally {
      await server.close();
    }
  }
}
