import { describe, expect, it } from 'vitest';
import { otherThreadsCpu, pageMainThread, type TraceEvent } from './bench-trace.mjs';

const PAGE = 'http://127.0.0.1:8080/gen/long.html?words=500&seed=1';
const named = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
const commit = (pid: number, tid: number, url: string, outermost = true): TraceEvent => ({ name: 'CommitLoad', ph: 'X', pid, tid, ts: 10, dur: 1, args: { data: { url, isMainFrame: true, isOutermostMainFrame: outermost } } });
const task = (pid: number, tid: number, ts: number, dur: number, tdur: number, name = 'ThreadControllerImpl::RunTask'): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, tdur });

/** A cold load as Chromium traces it: the browser's own UI renderer (2) parses its pages first,
 *  the tab's renderer (3) parses about:blank, then commits and parses the page; a frame in it
 *  (not the outermost) commits another http page. */
function load(): TraceEvent[] {
  return [
    named(1, 1, 'CrBrowserMain'), named(2, 2, 'CrRendererMain'), named(3, 3, 'CrRendererMain'), named(3, 7, 'Compositor'),
    { name: 'ParseHTML', ph: 'X', pid: 2, tid: 2, ts: 1, dur: 1, args: { beginData: { url: 'chrome://omnibox-popup.top-chrome/' } } },
    commit(2, 2, 'chrome://omnibox-popup.top-chrome/'),
    { name: 'ParseHTML', ph: 'X', pid: 3, tid: 3, ts: 2, dur: 1, args: { beginData: { url: '' } } },
    commit(3, 3, 'http://127.0.0.1:8080/ad-frame.html', false),
    commit(3, 3, PAGE),
    task(3, 3, 20, 100, 80),
    task(3, 7, 20, 100, 80),
  ];
}

describe('pageMainThread', () => {
  it("finds the renderer main thread that committed the page's outermost frame, with no path", () => {
    const main = pageMainThread(load());
    expect(main?.map((e) => [e.pid, e.tid])).toContainEqual([3, 3]);
    expect(new Set(main?.map((e) => `${e.pid}:${e.tid}`))).toEqual(new Set(['3:3']));
  });

  it('takes the page at `path` when given, whatever its query', () => {
    expect(pageMainThread(load(), '/gen/long.html?words=50000&seed=42')?.[0]?.pid).toBe(3);
    expect(pageMainThread(load(), '/gen/other.html')).toBeNull();
  });

  it('finds none in a trace where no http(s) page was committed', () => {
    expect(pageMainThread(load().filter((e) => e.name !== 'CommitLoad' || e.pid !== 3))).toBeNull();
  });
});

describe('otherThreadsCpu', () => {
  it("sums the other threads' task CPU in the window, a task partly inside in proportion", () => {
    const events = [
      task(1, 1, 0, 100, 40), // half inside [50, 150]: 20 µs
      task(4, 9, 60, 10, 10, 'ThreadPool_RunTask'), // inside: 10 µs
      task(3, 3, 60, 50, 50), // the page's own thread: not counted
      task(1, 1, 200, 10, 10), // after the window
      { name: 'Layout', ph: 'X', pid: 1, tid: 1, ts: 60, dur: 10, tdur: 10 }, // not a task
    ];
    expect(otherThreadsCpu(events, { pid: 3, tid: 3 }, 50, 150)).toBeCloseTo(0.03);
  });
});
