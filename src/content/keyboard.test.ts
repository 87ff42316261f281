// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// The module under test imports the extension API seam; these tests need none of it.
vi.mock('../platform/browser', () => ({ ext: {} }));
import type { Mark } from './hit-test';
import { isVisible, stepIndex } from './keyboard';

const marks = [0, 1, 2, 3].map((i) => ({ annotation: { start: i, end: i + 1, text: 'x', kind: 'person', entityId: null, canonical: null } }) as unknown as Mark);
const all = (): boolean => true;

describe('stepIndex', () => {
  it('starts at the first term going forward and the last going back', () => {
    expect(stepIndex(marks, -1, 1, all)).toBe(0);
    expect(stepIndex(marks, -1, -1, all)).toBe(3);
  });
  it('wraps around at either end', () => {
    expect(stepIndex(marks, 3, 1, all)).toBe(0);
    expect(stepIndex(marks, 0, -1, all)).toBe(3);
  });
  it('skips terms that are not visible', () => {
    const visible = (m: Mark): boolean => m !== marks[1];
    expect(stepIndex(marks, 0, 1, visible)).toBe(2);
  });
  it('gives -1 when nothing is visible or there are no terms', () => {
    expect(stepIndex(marks, 0, 1, () => false)).toBe(-1);
    expect(stepIndex([], -1, 1, all)).toBe(-1);
  });
});

describe('isVisible', () => {
  const rect = (width: number, height: number): DOMRect => ({ left: 10, top: 10, right: 10 + width, bottom: 10 + height, width, height, x: 10, y: 10 }) as DOMRect;
  function markIn(html: string): Mark {
    document.body.innerHTML = html;
    const text = document.querySelector('p')!.firstChild!;
    return { annotation: marks[0]!.annotation, range: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 4 } as unknown as StaticRange };
  }

  it('takes a laid-out term even with a masthead or cookie bar over it now', () => {
    const mark = markIn('<p>Gaza</p><header>masthead</header>');
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(40, 20)] as unknown as DOMRectList);
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.querySelector('header'));
    expect(isVisible(mark)).toBe(true);
    vi.restoreAllMocks();
  });

  it('skips a term with no box, hidden by style, or gone', () => {
    const mark = markIn('<p>Gaza</p>');
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(0, 0)] as unknown as DOMRectList);
    expect(isVisible(mark)).toBe(false);
    rects.mockReturnValue([rect(40, 20)] as unknown as DOMRectList);
    const p = document.querySelector('p')!;
    p.checkVisibility = () => false;
    expect(isVisible(mark)).toBe(false);
    p.checkVisibility = () => true;
    expect(isVisible(mark)).toBe(true);
    expect(isVisible({ ...mark, dead: true })).toBe(false);
    vi.restoreAllMocks();
  });

  it('skips a term outside the open modal dialogs, which makes it inert, and takes one inside', () => {
    const mark = markIn('<p>Gaza</p><dialog open><p>Smotrich</p></dialog>');
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(40, 20)] as unknown as DOMRectList);
    const dialog = document.querySelector('dialog')!;
    expect(isVisible(mark, [dialog])).toBe(false);
    const inside = dialog.querySelector('p')!.firstChild!;
    expect(isVisible({ ...mark, range: { ...mark.range, startContainer: inside } as unknown as StaticRange }, [dialog])).toBe(true);
    expect(isVisible(mark, [])).toBe(true);
    vi.restoreAllMocks();
  });

  it('skips a term the cover test finds under an overlay, judged at its first line', () => {
    const mark = markIn('<p>Gaza</p>');
    const second = { ...rect(40, 20), top: 40, bottom: 60 } as DOMRect;
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(0, 0), rect(40, 20), second] as unknown as DOMRectList);
    const asked: number[] = [];
    const covered = (node: Node, line: { top: number }): boolean => {
      asked.push(line.top);
      return node === mark.range.startContainer;
    };
    expect(isVisible(mark, [], covered)).toBe(false);
    expect(asked).toEqual([10]);
    expect(isVisible(mark, [], () => false)).toBe(true);
    vi.restoreAllMocks();
  });
});
