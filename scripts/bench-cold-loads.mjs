// Who causes the long tasks (used by scripts/bench.mjs). The Long Tasks API cannot say: it
// gives no script attribution, and Long Animation Frames leave content scripts out. So the
// page is loaded cold (a fresh browser, its first page) under a trace, with the extension
// and without, and every main-thread task over 50 ms is split into Backstory's script in
// it and the rest. On the 50k-word page the rest is the page's own first layout (65–110
// ms), which lands just before DOMContentLoaded without the extension and sometimes just
// after it with one, so counting tasks after DOMContentLoaded alone blamed the extension
// for the page's layout. A task counts as caused by the extension when it would be under
// 50 ms without Backstory's script, in wall time: a task blocks the page however its time
// is spent, and on a cold start much of ours is waiting for a core (the CPU time is printed
// beside). Not attributed: the repaint its highlights cause (the page without the extension
// repaints too, as slowly, so the trace cannot tell them apart); the traced runs' "of which
// Paint, with − without" line is where that cost shows. Tracing slows everything, so a task
// here runs longer than untraced.
import { CONTENT_TRACE, contentScriptEvents, pageMainThread, tracedLoad } from './bench-trace.mjs';

const LONG_MS = 50;
/** Trace events that name a kind of main-thread work (not nested in each other). */
const WORK = ['Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'EvaluateScript', 'FunctionCall', 'MajorGC', 'MinorGC', 'DocumentLoader::CommitNavigation'];

/** Main-thread tasks over 50 ms in one traced load, each with the content script's wall
 *  time inside it. */
function longTasksOf(traceEvents, path) {
  const main = pageMainThread(traceEvents, path);
  if (!main) return null;
  // Only our events on that thread (main holds at least the page's ParseHTML).
  const { pid, tid } = main[0];
  const ours = (contentScriptEvents(traceEvents) ?? []).filter((e) => e.pid === pid && e.tid === tid);
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > LONG_MS * 1000);
  const within = (t) => (e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur;
  return tasks.map((t) => {
    const inside = ours.filter(within(t));
    const backstory = inside.reduce((sum, e) => sum + e.dur, 0) / 1000;
    // Its CPU time beside: on a busy 2-core machine a cold start's wall time is mostly
    // waiting for a core (the browser and the background start on the other).
    const backstoryCpu = inside.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
    const ms = t.dur / 1000;
    // What filled it, for the reader: the kind of work with the most time inside.
    const work = new Map();
    for (const e of main.filter(within(t))) if (WORK.includes(e.name)) work.set(e.name, (work.get(e.name) ?? 0) + e.dur);
    const mostly = [...work].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
    return { ms, backstory, backstoryCpu, mostly: mostly.replace('DocumentLoader::CommitNavigation', 'navigation'), caused: backstory > 0 && ms - backstory <= LONG_MS };
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
      const tasks = longTasksOf(await tracedLoad(session, path, settleMs, CONTENT_TRACE), path);
      if (tasks) out.push(tasks);
    } finally {
      await session.close();
    }
  }
  return out;
}

/** One line's worth: "2 in 3 loads: 68 ms Layout, 71 ms Layout (Backstory script 1.2 ms, CPU 0.9 ms)". */
export function describeColdTasks(loads) {
  const all = loads.flat();
  const list = all.map((t) => `${t.ms.toFixed(0)} ms ${t.mostly}${t.backstory > 0 ? ` (Backstory script ${t.backstory.toFixed(1)} ms, CPU ${t.backstoryCpu.toFixed(1)} ms)` : ''}${t.caused ? ' [Backstory]' : ''}`).join(', ');
  return { text: `${all.length} in ${loads.length} loads${all.length ? `: ${list}` : ''}`, caused: all.filter((t) => t.caused).length, mostBackstory: Math.max(0, ...all.map((t) => t.backstory)) };
}
