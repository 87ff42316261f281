// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The module under test imports the extension API seam; these tests need none of it.
import type { Mark } from './hit-test';
import { isVisible, scrollToTerm, stepIndex } from './keyboard';

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

describe('scrollToTerm', () => {
  /** Gives `el` the metrics of a laid-out box (happy-dom lays nothing out). */
  const saved: Array<[object, string, PropertyDescriptor | undefined]> = [];
  const metrics = (el: object, values: Record<string, number | (() => number)>): void => {
    for (const [key, v] of Object.entries(values)) {
      saved.push([el, key, Object.getOwnPropertyDescriptor(el, key)]);
      Object.defineProperty(el, key, typeof v === 'function' ? { get: v, configurable: true } : { value: v, configurable: true });
    }
  };
  /** A 1000×700 window over a page 3000 px long; at 1400 down it a box 200 px high whose
   *  content is 800 px, and 700 px down that content the term. */
  function page(html: string): { scrolled: { page: number; box: number }; range: Range; calls: ScrollToOptions[] } {
    document.body.innerHTML = html;
    const scrolled = { page: 0, box: 0 };
    const calls: ScrollToOptions[] = [];
    metrics(document.documentElement, { clientWidth: 1000, clientHeight: 700, scrollWidth: 1000, scrollHeight: 3000 });
    metrics(window, { scrollX: 0, scrollY: () => scrolled.page });
    vi.spyOn(window, 'scrollBy').mockImplementation(((o: ScrollToOptions) => {
      calls.push(o);
      scrolled.page = Math.min(2300, Math.max(0, scrolled.page + (o.top ?? 0)));
    }) as typeof window.scrollBy);
    const box = document.getElementById('box');
    if (box) {
      vi.spyOn(box, 'getBoundingClientRect').mockImplementation(() => new DOMRect(100, 1400 - scrolled.page, 600, 200));
      metrics(box, { offsetWidth: 600, offsetHeight: 200, clientLeft: 0, clientTop: 0, clientWidth: 600, clientHeight: 200, scrollWidth: 600, scrollHeight: 800, scrollLeft: 0, scrollTop: () => scrolled.box });
      box.scrollBy = ((o: ScrollToOptions) => {
        calls.push(o);
        scrolled.box = Math.min(600, Math.max(0, scrolled.box + (o.top ?? 0)));
      }) as typeof box.scrollBy;
    }
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => {
      const top = 2100 - scrolled.box - scrolled.page;
      return [new DOMRect(120, top, 80, 20)] as unknown as DOMRectList;
    });
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 4);
    return { scrolled, range, calls };
  }
  afterEach(() => {
    vi.restoreAllMocks();
    for (const [el, key, was] of saved.splice(0).reverse()) {
      if (was) Object.defineProperty(el, key, was);
      else Reflect.deleteProperty(el, key);
    }
    document.body.innerHTML = '';
  });

  it('scrolls the box the term is in, then the window, until the term is at the middle of the window', () => {
    const { scrolled, range, calls } = page('<div id="box" style="overflow-y: auto"><p>Gaza</p></div>');
    scrollToTerm(range);
    // The box goes to its end (the term stays 10 px below its middle), the window the rest.
    expect(scrolled).toEqual({ box: 600, page: 1160 });
    expect(range.getClientRects()[0]!.top).toBe(340);
    expect(calls.every((c) => c.behavior === 'instant')).toBe(true);
  });

  it('brings the term itself to the middle, wherever its paragraph’s middle lies', () => {
    const { scrolled, range } = page('<p style="height: 2800px">Gaza</p>');
    scrollToTerm(range);
    expect(scrolled.page).toBe(1760);
    scrollToTerm(range);
    expect(scrolled.page).toBe(1760);
  });

  it('leaves the window alone for a term in a fixed box', () => {
    const { scrolled, range, calls } = page('<div style="position: fixed"><p>Gaza</p></div>');
    scrollToTerm(range);
    expect(scrolled.page).toBe(0);
    expect(calls).toEqual([]);
  });
});
