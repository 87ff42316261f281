// A stand-in for the highlighter in the observers' unit tests: it keeps each mark's bounds and
// annotation, which is all the observers read, so a test can see what a re-read marked or dropped.
import type { Highlighter } from '../../src/content/highlighter';
import type { Mark } from '../../src/content/hit-test';
import { endPoint, startPoint, type TextMap } from '../../src/content/text-map';
import type { PageAnnotation } from '../../src/core/types';

/** A mark as the observers see it: bounds and annotation. */
export interface FakeMark { annotation: PageAnnotation; startNode: Node; startOffset: number; endNode: Node; endOffset: number }

/** The highlighter's add and drop over a list of fake marks the test reads through `marks`. */
export function fakeMarks(): { highlighter: Highlighter; readonly marks: FakeMark[]; clear(): void } {
  let marks: FakeMark[] = [];
  const highlighter = {
    add(map: TextMap, list: readonly PageAnnotation[]): number {
      for (const a of list) {
        const s = startPoint(map, a.start)!;
        const e = endPoint(map, a.end)!;
        marks.push({ annotation: a, startNode: s.node, startOffset: s.offset, endNode: e.node, endOffset: e.offset });
      }
      return list.length;
    },
    drop(dead: (m: Mark) => boolean): number {
      const before = marks.length;
      marks = marks.filter((m) => !dead(m as unknown as Mark));
      return before - marks.length;
    },
  };
  return {
    // The observers call only add and drop.
    highlighter: highlighter as unknown as Highlighter,
    get marks() { return marks; },
    clear() { marks = []; },
  };
}
