// What lies over a highlighted term, judged one way for the keyboard's step (before it
// scrolls the term into view: keyboard.ts) and for the card (while it shows: hover.ts's
// termBox). The point judged is the middle of the term's first line, where the card's own
// test looks. Over it may lie:
// - the top layer: a shown popover (a lightbox, a toast in a corner, a chat bubble) or a
//   fullscreen element the term is not in. Under one the card closes at once, so a step
//   passes such a term; but only where the overlay's own box lies over the term's box
//   once the step has scrolled it (a fixed overlay stays put while the page moves), not
//   wherever the overlay is; and a top-layer element shown after the overlay lies over it.
// - the page's own fixed or sticky chrome (a masthead, a cookie bar): the step scrolls the
//   term out from under it where the page lets it, so it passes no term for it, and a card
//   it opened stays for a term the page cannot scroll out (the last one, under a cookie bar).
// Only the document's own scroll is foreseen: a term in a scrolled box moves with that box
// too, which the card's test then judges.
import { CARD_TAG } from './card-element';
import { inTopLayer, isInside, topLayerOf } from './card-layer';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The document's scrollport: its size, where it is scrolled to, and how far it goes. */
export interface Scrollport {
  width: number;
  height: number;
  x: number;
  y: number;
  maxX: number;
  maxY: number;
}

/** The first laid-out line of a term's client rects (a term may wrap), or null. */
export function firstLine<R extends Rect>(rects: ArrayLike<R>): R | null {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.right > r.left || r.bottom > r.top) return r;
  }
  return null;
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

/** How far `scrollIntoView({ inline: 'nearest' })` moves along one axis for a box from
 *  `start` to `end` in a port `size` long (CSSOM View's "nearest"). */
function nearest(start: number, end: number, size: number): number {
  const fits = end - start <= size;
  if (start < 0 && end > size) return 0;
  if (start < 0) return fits ? start : end - size;
  if (end > size) return fits ? end - size : start;
  return 0;
}

/** The scroll of the document that `scrollIntoView({ block: 'center', inline: 'nearest' })`
 *  on the element at `box` makes: its middle to the port's middle, across as little as
 *  shows it, neither past the page's ends (a term near the top or the bottom of the page
 *  stays where it is, nearer that end). */
export function centringScroll(box: Rect, port: Scrollport): { dx: number; dy: number } {
  const dy = (box.top + box.bottom) / 2 - port.height / 2;
  const dx = nearest(box.left, box.right, port.width);
  return { dx: clamp(dx, 0 - port.x, port.maxX - port.x), dy: clamp(dy, 0 - port.y, port.maxY - port.y) };
}

/** Whether `over` lies over the middle of `line` once the document has scrolled by
 *  `scroll`: what is fixed stays in the window, the rest moves up as the page scrolls down. */
export function liesOver(over: Rect, overFixed: boolean, line: Rect, lineFixed: boolean, scroll: { dx: number; dy: number }): boolean {
  if (over.right <= over.left || over.bottom <= over.top) return false;
  // The line's move relative to the overlay: none when both are fixed or both scroll.
  const dx = (lineFixed ? 0 : scroll.dx) - (overFixed ? 0 : scroll.dx);
  const dy = (lineFixed ? 0 : scroll.dy) - (overFixed ? 0 : scroll.dy);
  const x = (line.left + line.right) / 2 - dx;
  const y = (line.top + line.bottom) / 2 - dy;
  return x >= over.left && x < over.right && y >= over.top && y < over.bottom;
}

function scrollport(): Scrollport {
  const root = document.scrollingElement ?? document.documentElement;
  const width = document.documentElement.clientWidth || innerWidth;
  const height = document.documentElement.clientHeight || innerHeight;
  return { width, height, x: scrollX, y: scrollY, maxX: Math.max(0, root.scrollWidth - width), maxY: Math.max(0, root.scrollHeight - height) };
}

/** Whether `el` sits in a fixed box (across shadow roots), which the document's scroll does
 *  not move; `memo` keeps the answer for each element asked about. */
function inFixedBox(el: Element, memo: Map<Element, boolean>): boolean {
  const seen = memo.get(el);
  if (seen !== undefined) return seen;
  const up = el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null);
  const fixed = getComputedStyle(el).position === 'fixed' || (up !== null && inFixedBox(up, memo));
  memo.set(el, fixed);
  return fixed;
}

/** Whether the top-layer element `overlay` is drawn over `layer` (shown after it, or inside
 *  it): the page's hit-testing finds it where their boxes meet. */
function drawnOver(overlay: Element, o: Rect, layer: Element): boolean {
  const l = layer.getBoundingClientRect();
  const x = (Math.max(o.left, l.left) + Math.min(o.right, l.right)) / 2;
  const y = (Math.max(o.top, l.top) + Math.min(o.bottom, l.bottom)) / 2;
  const hit = document.elementFromPoint(x, y);
  return hit === null || isInside(overlay, hit);
}

/** For one keyboard step: whether one of the shown `overlays` lies over a term (`node`, the
 *  first line of which is at `line`) once the step has scrolled the term's element to the
 *  middle of the window. Each overlay's box and position are read once, here. */
export function coverTest(overlays: readonly Element[]): (node: Node, line: Rect) => boolean {
  if (overlays.length === 0) return () => false;
  const shown = overlays.map((el) => ({ el, box: el.getBoundingClientRect(), fixed: getComputedStyle(el).position === 'fixed' }));
  const port = scrollport();
  const memo = new Map<Element, boolean>();
  return (node, line) => {
    const el = node.parentElement;
    if (!el) return false;
    const fixed = inFixedBox(el, memo);
    const scroll = fixed ? { dx: 0, dy: 0 } : centringScroll(el.getBoundingClientRect(), port);
    let layer: Element | null | undefined;
    return shown.some((o) => {
      if (!liesOver(o.box, o.fixed, line, fixed, scroll) || isInside(o.el, node)) return false;
      layer = layer === undefined ? topLayerOf(node) : layer;
      return !layer || drawnOver(o.el, o.box, layer);
    });
  };
}

/** Whether the page shows `node` at the middle of `box` now, rather than a box that scrolled
 *  it out of sight or something over it (with `underChrome`, anything but the page's fixed
 *  or sticky chrome). Inside a shadow root the document cannot tell. */
export function shownAt(node: Node, box: Rect, underChrome: boolean): boolean {
  const x = (box.left + box.right) / 2;
  const y = (box.top + box.bottom) / 2;
  if (node.getRootNode() !== document || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return true;
  const hit = document.elementFromPoint(x, y);
  const own = node.parentElement;
  // A card on its way out may lie over the next term for a moment.
  if (hit === null || own === null || own.contains(hit) || hit.contains(own) || hit.localName === CARD_TAG) return true;
  return underChrome && inPageChrome(hit, own);
}

/** Whether `hit` is part of the page's fixed or sticky chrome that lies over `own` (not a
 *  fixed box the term is in, which may have scrolled it away, nor a top-layer element such
 *  as a modal dialog or a popover, which the step would have passed). */
function inPageChrome(hit: Element, own: Element): boolean {
  for (let el: Element | null = hit; el; el = el.parentElement) {
    const position = getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') return !el.contains(own) && !inTopLayer(el);
  }
  return false;
}
