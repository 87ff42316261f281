// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { centringScroll, coverTest, firstLine, liesOver, type Rect, type Scrollport } from './term-cover';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
/** A 1000×700 window over a page 3000 px long, scrolled to `y`. */
const port = (y: number): Scrollport => ({ width: 1000, height: 700, x: 0, y, maxX: 0, maxY: 2300 });
const still = { dx: 0, dy: 0 };

describe('firstLine', () => {
  it('takes the first line with a box, past empty ones', () => {
    expect(firstLine([rect(5, 5, 0, 0), rect(10, 20, 40, 18), rect(0, 40, 30, 18)])).toEqual(rect(10, 20, 40, 18));
  });
  it('gives null for a term with no box', () => {
    expect(firstLine([rect(5, 5, 0, 0)])).toBeNull();
    expect(firstLine([])).toBeNull();
  });
});

describe('centringScroll', () => {
  it('brings the middle of the element to the middle of the window', () => {
    expect(centringScroll(rect(100, 1000, 600, 100), port(500))).toEqual({ dx: 0, dy: 700 });
    expect(centringScroll(rect(100, 100, 600, 100), port(500))).toEqual({ dx: 0, dy: -200 });
  });
  it('stops at the top and the bottom of the page', () => {
    // The headline at the top of an unscrolled page stays where it is.
    expect(centringScroll(rect(100, 40, 600, 60), port(0))).toEqual({ dx: 0, dy: 0 });
    expect(centringScroll(rect(100, 100, 600, 100), port(50))).toEqual({ dx: 0, dy: -50 });
    // The last paragraph, near the bottom of a page scrolled nearly to its end.
    expect(centringScroll(rect(100, 600, 600, 60), port(2200))).toEqual({ dx: 0, dy: 100 });
  });
  it('scrolls across only as far as shows the element (inline: nearest)', () => {
    const wide = { ...port(0), x: 200, maxX: 800 };
    expect(centringScroll(rect(100, 300, 200, 20), wide).dx).toBe(0);
    expect(centringScroll(rect(-150, 300, 100, 20), wide).dx).toBe(-150);
    expect(centringScroll(rect(950, 300, 100, 20), wide).dx).toBe(50);
    expect(centringScroll(rect(-500, 300, 100, 20), wide).dx).toBe(-200);
    expect(centringScroll(rect(-100, 300, 1400, 20), wide).dx).toBe(0);
  });
});

describe('liesOver', () => {
  const toast = rect(0, 0, 400, 130);
  it('a fixed toast in a corner covers the headline the page cannot scroll out from under it', () => {
    const headline = rect(164, 32, 170, 58);
    expect(liesOver(toast, true, headline, false, centringScroll(rect(164, 32, 704, 58), port(0)))).toBe(true);
  });
  it('a fixed toast in a corner does not cover a term it lies over now that the step scrolls away', () => {
    const line = rect(200, 60, 120, 20);
    const scroll = centringScroll(rect(164, 40, 704, 100), port(600));
    expect(scroll.dy).toBe(-260);
    expect(liesOver(toast, true, line, false, scroll)).toBe(false);
  });
  it('a fixed panel at the middle of the window does not cover a term at the top of the page', () => {
    // The middle of the window (y 350) is under the panel, the term (kept at y 150) is not.
    const panel = rect(684, 284, 300, 400);
    const line = rect(700, 140, 80, 20);
    expect(liesOver(panel, true, line, false, centringScroll(rect(164, 120, 704, 120), port(0)))).toBe(false);
    // The same term lower down the page is centred under it.
    expect(liesOver(panel, true, rect(700, 1240, 80, 20), false, centringScroll(rect(164, 1200, 704, 120), port(0)))).toBe(true);
  });
  it('a fixed lightbox over the window covers every term the step brings into it', () => {
    const lightbox = rect(24, 24, 952, 652);
    for (const top of [-950, 300, 1950]) {
      const scroll = centringScroll(rect(164, top - 20, 704, 80), port(1000));
      expect(liesOver(lightbox, true, rect(300, top, 90, 20), false, scroll)).toBe(true);
    }
  });
  it('an overlay that scrolls with the page, or a term that does not, keep where they are to each other', () => {
    const box = rect(100, 100, 200, 100);
    const far = { dx: 0, dy: 900 };
    expect(liesOver(box, false, rect(150, 140, 40, 20), false, far)).toBe(true);
    expect(liesOver(box, true, rect(150, 140, 40, 20), true, far)).toBe(true);
    expect(liesOver(box, true, rect(150, 400, 40, 20), true, far)).toBe(false);
  });
  it('an overlay with no box covers nothing', () => {
    expect(liesOver(rect(0, 0, 0, 700), true, rect(0, 10, 40, 20), false, still)).toBe(false);
  });
});

describe('coverTest', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('covers nothing without overlays, and never a term inside the overlay', () => {
    expect(coverTest([])(document.createTextNode('x'), rect(0, 0, 10, 10))).toBe(false);
    document.body.innerHTML = '<div id="box"><p>Witkoff</p></div><p id="out">Gaza</p>';
    const box = document.getElementById('box')!;
    box.style.position = 'fixed';
    vi.spyOn(box, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1000, 700));
    const covered = coverTest([box]);
    expect(covered(box.querySelector('p')!.firstChild!, rect(10, 10, 60, 20))).toBe(false);
    expect(covered(document.getElementById('out')!.firstChild!, rect(10, 10, 60, 20))).toBe(true);
  });
});
