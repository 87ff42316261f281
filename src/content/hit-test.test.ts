// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageAnnotation } from '../core/types';
import { createHitTester, type Mark, NodeIntervals } from './hit-test';

function ann(text: string): PageAnnotation {
  return { start: 0, end: text.length, text, kind: 'person', entityId: null, canonical: null };
}

function markIn(node: Text, from: number, to: number, endNode: Text = node): Mark {
  // happy-dom has no StaticRange; the index reads only its four boundary fields.
  const range = { startContainer: node, startOffset: from, endContainer: endNode, endOffset: to, collapsed: false } as StaticRange;
  return { annotation: ann(node.data.slice(from, to)), range };
}

describe('NodeIntervals', () => {
  it('finds the mark holding an offset by binary search', () => {
    const node = document.createTextNode('Trump met Netanyahu and Witkoff in Washington');
    const index = new NodeIntervals();
    const marks = [markIn(node, 0, 5), markIn(node, 10, 19), markIn(node, 24, 31), markIn(node, 35, 45)];
    for (const m of marks) index.add(m, [node]);
    expect(index.at(node, 12)).toEqual([marks[1]]);
    expect(index.at(node, 36)).toEqual([marks[3]]);
    expect(index.at(node, 0)).toEqual([marks[0]]);
  });

  it('counts a caret right after the last letter as on the term', () => {
    const node = document.createTextNode('Hamas said');
    const index = new NodeIntervals();
    const m = markIn(node, 0, 5);
    index.add(m, [node]);
    expect(index.at(node, 5)).toEqual([m]);
  });

  it('finds nothing between terms or in an unknown node', () => {
    const node = document.createTextNode('Trump met Netanyahu');
    const other = document.createTextNode('nothing here');
    const index = new NodeIntervals();
    index.add(markIn(node, 0, 5), [node]);
    index.add(markIn(node, 10, 19), [node]);
    expect(index.at(node, 7)).toEqual([]);
    expect(index.at(other, 3)).toEqual([]);
  });

  it('indexes a mark that spans two nodes under both', () => {
    const a = document.createTextNode('Netan');
    const b = document.createTextNode('yahu spoke');
    const index = new NodeIntervals();
    const m = markIn(a, 0, 4, b);
    index.add(m, [a, b]);
    expect(index.at(a, 2)).toEqual([m]);
    expect(index.at(b, 1)).toEqual([m]);
    expect(index.at(b, 7)).toEqual([]);
  });

  it('sorts intervals added out of order before searching', () => {
    const node = document.createTextNode('Gaza Jenin Rafah Cairo');
    const index = new NodeIntervals();
    const late = markIn(node, 17, 22);
    const early = markIn(node, 0, 4);
    index.add(late, [node]);
    index.add(early, [node]);
    expect(index.at(node, 2)).toEqual([early]);
    expect(index.at(node, 18)).toEqual([late]);
  });

  it('forgets dead marks after prune', () => {
    const node = document.createTextNode('Hamas and Fatah');
    const index = new NodeIntervals();
    const m = markIn(node, 0, 5);
    index.add(m, [node]);
    m.dead = true;
    expect(index.at(node, 2)).toEqual([]);
    index.prune();
    expect(index.size).toBe(0);
  });
});

describe('createHitTester in a tab hidden and shown again', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  /** A tester whose frames run only when `frame()` says (a hidden tab runs none). */
  function tester(): { hits: [number, number][]; frame: () => void; t: ReturnType<typeof createHitTester>; stop: AbortController } {
    let queued: FrameRequestCallback | null = null;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => ((queued = cb), 1));
    vi.stubGlobal('cancelAnimationFrame', () => void (queued = null));
    const hits: [number, number][] = [];
    const stop = new AbortController();
    const t = createHitTester(document, { at: () => [] }, () => [], (_m, x, y) => hits.push([x, y]), stop.signal);
    const frame = (): void => {
      const cb = queued;
      queued = null;
      cb?.(0);
    };
    return { hits, frame, t, stop };
  }
  const hide = (state: 'hidden' | 'visible'): void => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('drops a re-test queued while hidden, and tests again only once the pointer moves', () => {
    const { hits, frame, t, stop } = tester();
    t.point(10, 10);
    frame();
    expect(hits).toEqual([[10, 10]]);
    // The page re-made its text, then the reader switched tabs before the frame ran.
    t.again();
    hide('hidden');
    t.again(); // a batch handled while hidden
    hide('visible');
    frame();
    expect(hits).toEqual([[10, 10]]);
    t.again();
    frame();
    expect(hits).toEqual([[10, 10]]);
    // The pointer moves on the shown tab: tested there, and re-tests work again.
    t.point(30, 12);
    frame();
    t.again();
    frame();
    expect(hits).toEqual([[10, 10], [30, 12], [30, 12]]);
    stop.abort();
  });

  it('still re-tests the resting pointer in a tab that stays shown', () => {
    const { hits, frame, t, stop } = tester();
    t.point(10, 10);
    frame();
    t.again();
    frame();
    expect(hits).toEqual([[10, 10], [10, 10]]);
    stop.abort();
  });
});
