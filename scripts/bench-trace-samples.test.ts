import { describe, expect, it } from 'vitest';
import { describeSamples, sampleInterval, samplesBetween, threadSamples } from './bench-trace-samples.mjs';

const OURS = 'chrome-extension://abc/content.js';
const frame = (functionName: string, url = '') => ({ functionName, url, scriptId: 0, lineNumber: 0, columnNumber: 9 });

/** A trace as Chromium writes it: the Profile on the sampled thread (1:1), its chunks from the
 *  profiler's own thread (1:9); node 4 comes in the second chunk though sampled in the first. */
function trace(): object[] {
  const nodes = [
    { id: 1, callFrame: frame('(root)') },
    { id: 2, parent: 1, callFrame: frame('(program)') },
    { id: 3, parent: 1, callFrame: frame('boot', OURS) },
  ];
  return [
    { name: 'Profile', ph: 'P', id: '0x1', pid: 1, tid: 1, ts: 0, args: { data: { startTime: 1000 } } },
    { name: 'ProfileChunk', ph: 'P', id: '0x1', pid: 1, tid: 9, ts: 0, args: { data: { cpuProfile: { nodes, samples: [3, 4, 3] }, timeDeltas: [100, 200, 200] } } },
    { name: 'ProfileChunk', ph: 'P', id: '0x1', pid: 1, tid: 9, ts: 0, args: { data: { cpuProfile: { nodes: [{ id: 4, parent: 3, callFrame: frame('sendMessage') }], samples: [3, 2, 2] }, timeDeltas: [200, 60_000, 200] } } },
    // Another thread's profile, same id space per process: not this thread's.
    { name: 'Profile', ph: 'P', id: '0x2', pid: 1, tid: 2, ts: 0, args: { data: { startTime: 0 } } },
    { name: 'ProfileChunk', ph: 'P', id: '0x2', pid: 1, tid: 9, ts: 0, args: { data: { cpuProfile: { nodes, samples: [3] }, timeDeltas: [5] } } },
  ];
}

describe('threadSamples', () => {
  it("reads one thread's samples, their times from the deltas, stacks innermost first", () => {
    const samples = threadSamples(trace(), 1, 1);
    expect(samples.map((s) => s.ts)).toEqual([1100, 1300, 1500, 1700, 61_700, 61_900]);
    expect(samples[1]!.stack.map((f) => f.functionName)).toEqual(['sendMessage', 'boot', '(root)']);
  });
});

describe('samplesBetween', () => {
  it("counts native work under our frame as ours, and a long gap apart as the thread not running", () => {
    const samples = threadSamples(trace(), 1, 1);
    const interval = sampleInterval(samples);
    expect(interval).toBe(200);
    const sums = samplesBetween(samples, 1000, 62_000, interval);
    // sendMessage (native, called by boot) counts to boot; the boot sample before the 60 ms
    // gap is credited two intervals, the rest of the gap apart; the last sample runs to the end.
    expect(sums.byWhat.get('Backstory: boot content.js:1:10')).toBeCloseTo(1.0);
    expect(sums.byWho.get('V8')).toBeCloseTo(0.3);
    expect(sums.gaps).toBeCloseTo(59.6);
    expect(describeSamples(sums)).toBe('samples Backstory 1.0, V8 0.3 ms, gaps 59.6 ms; most: Backstory: boot content.js:1:10 1.0, V8: (program) 0.3 ms');
  });
});
