// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, makeHost } from './card-element';
import { boxOf, centringScroll, coverTest, firstLine, landing, liesOver, scrollersOf, shownAt, type Rect, type Scrollport } from './term-cover';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
/** A 1000×700 window over a page 3000 px long, scrolled to `y`. */
const port = (y: number): Scrollport => ({ ...rect(0, 0, 1000, 700), minDx: 0, maxDx: 0, minDy: 0 - y, maxDy: 2300 - y });

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
  it('brings the middle of the term’s line to the middle of the window', () => {
    expect(centringScroll(rect(100, 1040, 60, 20), port(500))).toEqual({ dx: 0, dy: 700 });
    expect(centringScroll(rect(100, 140, 60, 20), port(500))).toEqual({ dx: 0, dy: -200 });
  });
  it('centres a term already in view too', () => {
    expect(centringScroll(rect(100, 500, 60, 20), port(500))).toEqual({ dx: 0, dy: 160 });
  });
  it('stops at the top and the bottom of the page', () => {
    // The headline at the top of an unscrolled page stays where it is.
    expect(centringScroll(rect(100, 40, 600, 60), port(0))).toEqual({ dx: 0, dy: 0 });
    expect(centringScroll(rect(100, 140, 60, 20), port(50))).toEqual({ dx: 0, dy: -50 });
    // The last paragraph, near the bottom of a page scrolled nearly to its end.
    expect(centringScroll(rect(100, 600, 600, 60), port(2200))).toEqual({ dx: 0, dy: 100 });
  });
  it('scrolls across only as far as shows the term (inline: nearest)', () => {
    const wide = { ...port(0), minDx: -200, maxDx: 600 };
    expect(centringScroll(rect(100, 300, 200, 20), wide).dx).toBe(0);
    expect(centringScroll(rect(-150, 300, 100, 20), wide).dx).toBe(-150);
    expect(centringScroll(rect(950, 300, 100, 20), wide).dx).toBe(50);
    expect(centringScroll(rect(-500, 300, 100, 20), wide).dx).toBe(-200);
    expect(centringScroll(rect(-100, 300, 1400, 20), wide).dx).toBe(0);
  });
  it('centres in a box where the box is, not in the window', () => {
    const box = { ...rect(200, 400, 400, 200), minDx: 0, maxDx: 0, minDy: 0, maxDy: 1000 };
    expect(centringScroll(rect(220, 900, 80, 20), box)).toEqual({ dx: 0, dy: 410 });
    expect(centringScroll(rect(650, 450, 80, 20), { ...box, maxDx: 300 }).dx).toBe(130);
  });
});

describe('landing', () => {
  it('brings a term deep in a tall paragraph to the middle, wherever the paragraph’s middle is', () => {
    const land = landing(rect(300, 2400, 90, 20), [], port(0));
    expect(land.page).toEqual({ dx: 0, dy: 2060 });
    expect(land.line).toEqual(rect(300, 340, 90, 20));
  });
  it('scrolls the box the term is in first, then the window, from where the box left the term', () => {
    // A box at 400–600 on an unscrolled page, the term 700 px down its content.
    const box = { ...rect(100, 400, 600, 200), minDx: 0, maxDx: 0, minDy: 0, maxDy: 800 };
    const land = landing(rect(120, 1100, 80, 20), [box], port(0));
    expect(land.line).toEqual(rect(120, 340, 80, 20));
    expect(land.page).toEqual({ dx: 0, dy: 150 });
    // A box that cannot scroll as far leaves the term lower in it, and the window follows it.
    const short = landing(rect(120, 1100, 80, 20), [{ ...box, maxDy: 300 }], port(0));
    expect(short.line).toEqual(rect(120, 340, 80, 20));
    expect(short.page).toEqual({ dx: 0, dy: 460 });
  });
  it('leaves the window where it is for a term in a fixed box', () => {
    const box = { ...rect(600, 100, 300, 400), minDx: 0, maxDx: 0, minDy: -50, maxDy: 500 };
    const land = landing(rect(620, 580, 80, 20), [box], null);
    expect(land.page).toEqual({ dx: 0, dy: 0 });
    expect(land.line).toEqual(rect(620, 290, 80, 20));
  });
});

describe('liesOver', () => {
  const toast = rect(0, 0, 400, 130);
  it('a fixed toast in a corner covers the headline the page cannot scroll out from under it', () => {
    expect(liesOver(toast, true, landing(rect(164, 32, 170, 58), [], port(0)))).toBe(true);
  });
  it('a fixed toast in a corner does not cover a term it lies over now that the step scrolls away', () => {
    const land = landing(rect(200, 60, 120, 20), [], port(600));
    expect(land.page.dy).toBe(-280);
    expect(liesOver(toast, true, land)).toBe(false);
  });
  it('a fixed panel at the middle of the window does not cover a term at the top of the page', () => {
    // The middle of the window (y 350) is under the panel, the term (kept at y 150) is not.
    const panel = rect(684, 284, 300, 400);
    expect(liesOver(panel, true, landing(rect(700, 140, 80, 20), [], port(0)))).toBe(false);
    // The same term lower down the page is centred under it.
    expect(liesOver(panel, true, landing(rect(700, 1240, 80, 20), [], port(0)))).toBe(true);
  });
  it('a fixed lightbox over the window covers every term the step brings into it', () => {
    const lightbox = rect(24, 24, 952, 652);
    for (const top of [-950, 300, 1950]) expect(liesOver(lightbox, true, landing(rect(300, top, 90, 20), [], port(1000)))).toBe(true);
  });
  it('an overlay that scrolls with the page, or a term that does not, keep where they are to each other', () => {
    const box = rect(100, 100, 200, 100);
    const far = { dx: 0, dy: 900 };
    expect(liesOver(box, false, { line: rect(150, 140 - 900, 40, 20), page: far })).toBe(true);
    expect(liesOver(box, true, { line: rect(150, 140, 40, 20), page: { dx: 0, dy: 0 } })).toBe(true);
    expect(liesOver(box, true, { line: rect(150, 400, 40, 20), page: { dx: 0, dy: 0 } })).toBe(false);
  });
  it('an overlay with no box covers nothing', () => {
    expect(liesOver(rect(0, 0, 0, 700), true, { line: rect(0, 10, 40, 20), page: { dx: 0, dy: 0 } })).toBe(false);
  });
});

/** Gives `el` the scroll metrics of a laid-out box (happy-dom lays nothing out). */
function metrics(el: Element, values: Record<string, number>): void {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(el, key, { value, configurable: true });
}

describe('scrollersOf and boxOf', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('finds the boxes a term scrolls in, innermost first, past ones with nothing to scroll', () => {
    document.body.innerHTML = '<div id="outer" style="overflow-x: auto; overflow-y: auto"><div id="idle" style="overflow-x: auto; overflow-y: auto"><div id="inner" style="overflow-y: scroll"><p>Witkoff</p></div></div></div>';
    const [outer, idle, inner] = ['outer', 'idle', 'inner'].map((id) => document.getElementById(id)!);
    metrics(outer!, { scrollHeight: 900, clientHeight: 300 });
    metrics(idle!, { scrollHeight: 300, clientHeight: 300 });
    metrics(inner!, { scrollHeight: 500, clientHeight: 200 });
    expect(scrollersOf(document.querySelector('p')!)).toEqual({ boxes: [inner, outer], page: true });
  });

  it('stops at a fixed box, which the window’s scroll does not move, and crosses shadow roots', () => {
    document.body.innerHTML = '<div id="panel" style="position: fixed; overflow-y: auto"><p>Gaza</p></div><div id="host"></div>';
    const panel = document.getElementById('panel')!;
    metrics(panel, { scrollHeight: 900, clientHeight: 300 });
    expect(scrollersOf(panel.querySelector('p')!)).toEqual({ boxes: [], page: false });
    const host = document.getElementById('host')!;
    host.style.overflowY = 'auto';
    metrics(host, { scrollHeight: 900, clientHeight: 300 });
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hamas</p>';
    expect(scrollersOf(shadow.querySelector('p')!)).toEqual({ boxes: [host], page: true });
  });

  it('reads a box’s scrollport in window pixels, scaled, and its room back and on, right to left too', () => {
    document.body.innerHTML = '<div id="box" style="overflow-y: auto; direction: rtl"></div>';
    const box = document.getElementById('box')!;
    // Scaled ×2 by a transform: 250 px laid out, 500 shown.
    vi.spyOn(box, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 400, 500, 200));
    metrics(box, { offsetWidth: 250, offsetHeight: 100, clientLeft: 1, clientTop: 1, clientWidth: 240, clientHeight: 90, scrollTop: 10, scrollHeight: 300, scrollLeft: -30, scrollWidth: 340 });
    const { port, scaleX, scaleY } = boxOf(box);
    expect([scaleX, scaleY]).toEqual([2, 2]);
    expect(port).toEqual({ left: 102, top: 402, right: 582, bottom: 582, minDx: -140, maxDx: 60, minDy: -20, maxDy: 400 });
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

describe('shownAt', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  /** A term on the page with `over` at its middle (what elementFromPoint finds there; not
   *  put on the page, where happy-dom would load a card's frame). */
  function termUnder(over: Element): Node {
    document.body.innerHTML = '<p>Witkoff met Hamas</p>';
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(over);
    return document.querySelector('p')!.firstChild!;
  }

  it('a card of ours on its way out does not hide the term under it', () => {
    const { host } = makeHost();
    expect(shownAt(termUnder(host), rect(10, 10, 60, 20), false)).toBe(true);
  });

  it('an element the page made under the card\'s name does hide it, as any other box would', () => {
    expect(shownAt(termUnder(document.createElement(CARD_TAG)), rect(10, 10, 60, 20), false)).toBe(false);
    expect(shownAt(termUnder(document.createElement('div')), rect(10, 10, 60, 20), false)).toBe(false);
  });
});
