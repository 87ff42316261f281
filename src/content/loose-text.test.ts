// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inlineRun, isLooseText } from './loose-text';
import { initObservers } from './observers';
import type { PageRun } from './page-run';
import { readTextMap } from './text-map';
import type { PageAnnotation } from '../core/types';
import { fakeMarks } from '../../tests/support/fake-marks';

// A batch is handled by observer-batch.ts, which content-more.js brings (more-loader.ts).
vi.mock('./more-loader', async () => {
  const batch = await import('./observer-batch');
  return { loadMore: () => Promise.resolve(batch) };
});

describe('a text node directly under the body', () => {
  it('is loose there, and runs to the block children on either side', () => {
    document.body.innerHTML = '<p>Before</p>Talks in <b>Doha</b> resumed <h2>Next</h2>after';
    const [p, talks, b, resumed, , after] = [...document.body.childNodes];
    expect(isLooseText(talks!)).toBe(true);
    expect(isLooseText(p!.firstChild!)).toBe(false);
    expect(isLooseText(b!.firstChild!)).toBe(false);
    expect(inlineRun(resumed!)).toEqual([talks, b, resumed]);
    expect(inlineRun(after!)).toEqual([after]);
  });
});

const NAMES = /Benjamin Netanyahu|Hamas|Doha/g;
const matchNames = (chunk: string, base: number): PageAnnotation[] => [...chunk.matchAll(NAMES)].map((m) => ({
  start: base + m.index, end: base + m.index + m[0].length, text: m[0], kind: 'person', entityId: null, canonical: null,
}));

describe('the observers, a text node directly under the body changing', () => {
  let controller: AbortController;
  const annotate = vi.fn(matchNames);
  const fake = fakeMarks();
  const highlighter = fake.highlighter;
  const names = (): string[] => fake.marks.map((m) => m.annotation.text).sort();

  function start(html: string): void {
    document.body.innerHTML = html;
    const map = readTextMap(document.body);
    highlighter.add(map, matchNames(map.text, 0));
    const run = { signal: controller.signal, highlighter, card: null, annotate, shadowRoots: [], onMarksChanged: () => {} } as unknown as PageRun;
    initObservers(run, () => {})();
  }

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    fake.clear();
    annotate.mockClear();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('re-reads that text alone at each tick of a bare clock there, not the whole page', async () => {
    start('<article><p>Benjamin Netanyahu met Hamas envoys.</p></article>10:00<footer><p>Doha</p></footer>');
    const clock = document.body.childNodes[1] as Text;
    const kept = [...fake.marks];
    for (const time of ['10:01', '10:02', '10:03']) {
      clock.data = time;
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(annotate.mock.calls.map(([chunk]) => chunk)).toEqual(['10:01', '10:02', '10:03']);
    expect(fake.marks).toEqual(kept);
  });

  it('reads it with its inline neighbours: a name running into a <b> beside it is matched whole, once', async () => {
    start('<p>Hamas said so.</p>Talks with <b>Benjamin</b> Netanyahu<p>Doha</p>');
    const talks = document.body.childNodes[1] as Text;
    talks.data = 'Doha talks with ';
    (document.body.childNodes[3] as Text).data = ' Netanyahu went on';
    await vi.advanceTimersByTimeAsync(300);
    expect(annotate.mock.calls.map(([chunk]) => chunk)).toEqual(['Doha talks with Benjamin Netanyahu went on']);
    expect(names()).toEqual(['Benjamin Netanyahu', 'Doha', 'Doha', 'Hamas']);
  });

  it('reads a text node added there with its run, not the page', async () => {
    start('<p>Hamas said so.</p><span>In </span><p>Benjamin Netanyahu</p>');
    document.body.insertBefore(document.createTextNode('Doha'), document.body.childNodes[2]!);
    await vi.advanceTimersByTimeAsync(300);
    expect(annotate.mock.calls.map(([chunk]) => chunk)).toEqual(['In Doha']);
    expect(names()).toEqual(['Benjamin Netanyahu', 'Doha', 'Hamas']);
  });
});
