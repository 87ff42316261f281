// What a stretch of a trace's main thread ran, by function: the V8 sampling profiler's
// samples that a trace holds when it records 'disabled-by-default-v8.cpu_profiler'
// (bench-cold-loads.mjs names what filled each long task with them). The trace's own events
// say that script ran and for how long; only the samples say whose script and which
// function, and whether the time was V8's own (compiling, collecting garbage).
import { CONTENT_URL } from './bench-trace.mjs';

/** The category that adds the samples to a trace. */
export const SAMPLES_TRACE = 'disabled-by-default-v8.cpu_profiler';

/** The samples of the thread `pid`/`tid`, each with its time and its stack (innermost first).
 *  A 'Profile' event on the sampled thread opens each profile; its 'ProfileChunk's come from
 *  the profiler's own thread, tied to it by id; each chunk adds nodes (with their parent)
 *  and samples, their times as deltas from the one before. */
export function threadSamples(traceEvents, pid, tid) {
  const ids = new Map();
  for (const e of traceEvents) if (e.name === 'Profile' && e.pid === pid && e.tid === tid) ids.set(e.id, e.args?.data?.startTime ?? e.ts);
  const out = [];
  for (const [id, startTime] of ids) {
    const nodes = new Map();
    const taken = [];
    let ts = startTime;
    for (const e of traceEvents) {
      if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== id) continue;
      const profile = e.args?.data?.cpuProfile ?? {};
      for (const n of profile.nodes ?? []) nodes.set(n.id, n);
      const deltas = e.args?.data?.timeDeltas ?? [];
      (profile.samples ?? []).forEach((node, i) => {
        ts += deltas[i] ?? 0;
        taken.push({ ts, node });
      });
    }
    // A node may arrive in a later chunk than its first sample: stacks once all are read.
    for (const s of taken) out.push({ ts: s.ts, stack: stackOf(nodes, s.node) });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

function stackOf(nodes, id) {
  const stack = [];
  for (let n = nodes.get(id); n; n = nodes.get(n.parent)) stack.push(n.callFrame);
  return stack;
}

/** Where a sample's time goes: ours (the innermost frame of content.js or content-more.js,
 *  so the native work it called counts to it), V8's own (program, garbage collector), or the
 *  page's or another script's innermost frame. */
function bucket(stack) {
  const ours = stack.find((f) => CONTENT_URL.test(f.url ?? ''));
  const frame = ours ?? stack.find((f) => f.url) ?? stack[0];
  if (!frame) return { who: 'other', what: '(none)' };
  const fn = frame.functionName || '(anonymous)';
  if (ours) return { who: 'Backstory', what: `${fn} ${ours.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` };
  if (!frame.url) return { who: fn === '(idle)' ? 'idle' : 'V8', what: fn };
  return { who: 'other', what: `${fn} ${frame.url.split('/').pop() || frame.url}` };
}

/** The usual time between two samples of a thread (µs): the sampler's interval. */
export function sampleInterval(samples) {
  const gaps = samples.slice(1).map((s, i) => s.ts - samples[i].ts).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** The samples between `from` and `to` (trace µs), summed by who and by what, in ms. A
 *  sample stands for the time to the next one, but for no more than twice `interval` (µs): a
 *  longer gap is time no sample was taken, the thread (or the profiler's thread that signals
 *  it) waiting for a core, which the sample before it did not spend; it is summed apart, as
 *  `gaps`. */
export function samplesBetween(samples, from, to, interval) {
  const byWho = new Map();
  const byWhat = new Map();
  let total = 0;
  let gaps = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s.ts < from || s.ts >= to) continue;
    const span = (Math.min(samples[i + 1]?.ts ?? to, to) - s.ts) / 1000;
    const ms = Math.min(span, (interval * 2) / 1000);
    gaps += span - ms;
    const { who, what } = bucket(s.stack);
    total += ms;
    byWho.set(who, (byWho.get(who) ?? 0) + ms);
    const key = `${who}: ${what}`;
    byWhat.set(key, (byWhat.get(key) ?? 0) + ms);
  }
  return { total, gaps, byWho, byWhat };
}

/** "samples Backstory 4.0, V8 2.2 ms, gaps 64.1 ms; most: Backstory: Ee content.js:14:4110 1.6, …" */
export function describeSamples({ total, gaps, byWho, byWhat }, top = 4) {
  if (total === 0) return 'no samples';
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  const who = sorted(byWho).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
  const what = sorted(byWhat).slice(0, top).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
  return `samples ${who} ms, gaps ${gaps.toFixed(1)} ms; most: ${what} ms`;
}
