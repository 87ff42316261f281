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
// Where the step leaves the term is foreseen here (landing()) from the same reads and the
// same sums keyboard.ts scrolls by: each box the term scrolls in, innermost first, then the
// window, brings the term's first line to its middle (centringScroll()).
import { isCardHost } from './card-element';
import { inTopLayer, isInside, topLayerOf } from './card-layer';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A scrolling box's (or the window's) scrollport, in the window's pixels: where it shows,
 *  and how far its content can still move back (minDx, minDy: 0 or less) and on (maxDx,
 *  maxDy: 0 or more) before the box's scroll stops at an end. */
export interface Scrollport extends Rect {
  minDx: number;
  maxDx: number;
  minDy: number;
  maxDy: number;
}

/** A move of the content under a scrollport, in the window's pixels: what lies in it goes
 *  up by dy and left by dx. */
export interface Shift {
  dx: number;
  dy: number;
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

/** How far a port `size` long moves to show a box from `start` to `end` (both from the
 *  port's start) across as little as shows it (CSSOM View's "nearest"). */
function nearest(start: number, end: number, size: number): number {
  const fits = end - start <= size;
  if (start < 0 && end > size) return 0;
  if (start < 0) return fits ? start : end - size;
  if (end > size) return fits ? end - size : start;
  return 0;
}

/** The scroll that brings the term's `line` to the middle of `port` up and down and into it
 *  across as little as shows it (what scrollIntoView's block: 'center', inline: 'nearest' do
 *  for an element), neither past the box's ends: a term near the top or the bottom of the page
 *  stays where it is, nearer that end. Always to the middle, even for a term already in view:
 *  each step then leaves the term where the reader looks last, with room for its card on
 *  either side, and this foresees it exactly. */
export function centringScroll(line: Rect, port: Scrollport): Shift {
  const dy = (line.top + line.bottom) / 2 - (port.top + port.bottom) / 2;
  const dx = nearest(line.left - port.left, line.right - port.left, port.right - port.left);
  return { dx: clamp(dx, port.minDx, port.maxDx), dy: clamp(dy, port.minDy, port.maxDy) };
}

/** Where the step leaves the term's `line`: each of `boxes` (innermost first), then the
 *  window's `page` port (null where the window's scroll does not move the term: it is in a
 *  fixed box), centres it in turn; `page` in the answer is how far the window scrolled. */
export function landing(line: Rect, boxes: readonly Scrollport[], page: Scrollport | null): { line: Rect; page: Shift } {
  let at = line;
  let pageShift = { dx: 0, dy: 0 };
  for (const port of page ? [...boxes, page] : boxes) {
    const shift = centringScroll(at, port);
    at = { left: at.left - shift.dx, right: at.right - shift.dx, top: at.top - shift.dy, bottom: at.bottom - shift.dy };
    if (port === page) pageShift = shift;
  }
  return { line: at, page: pageShift };
}

/** Whether `over` lies over the middle of the term's line where the step leaves it (`land`,
 *  landing()'s answer): a fixed overlay stays in the window, the rest moves with the page. */
export function liesOver(over: Rect, overFixed: boolean, land: { line: Rect; page: Shift }): boolean {
  if (over.right <= over.left || over.bottom <= over.top) return false;
  const dx = overFixed ? 0 : land.page.dx;
  const dy = overFixed ? 0 : land.page.dy;
  const x = (land.line.left + land.line.right) / 2;
  const y = (land.line.top + land.line.bottom) / 2;
  return x >= over.left - dx && x < over.right - dx && y >= over.top - dy && y < over.bottom - dy;
}

/** Whether a box's content runs from its far end back (right to left, bottom to top), as
 *  scrollLeft / scrollTop then do: 0 at the far end and negative towards the near one. */
function reversed(style: CSSStyleDeclaration): { x: boolean; y: boolean } {
  const rtl = style.direction === 'rtl';
  const mode = style.writingMode;
  if (mode.startsWith('vertical') || mode.startsWith('sideways')) return { x: mode.endsWith('-rl'), y: rtl };
  return { x: rtl, y: false };
}

/** How far the content can move back and on from `pos` in a box that scrolls `max` units,
 *  scaled to the window's pixels. */
function room(pos: number, max: number, reverse: boolean, scale: number): [number, number] {
  const start = reverse ? -Math.max(0, max) : 0;
  return [Math.min(0, (start - pos) * scale), Math.max(0, (start + Math.max(0, max) - pos) * scale)];
}

/** A scrolling box and its scrollport; scaleX/Y: window pixels per unit of its scroll (a
 *  transform or CSS zoom on it or around it). `el` null: the window. */
export interface ScrollBox {
  el: Element | null;
  port: Scrollport;
  scaleX: number;
  scaleY: number;
}

/** The window's scrollport. */
export function pageBox(): ScrollBox {
  const root = document.scrollingElement ?? document.documentElement;
  const width = document.documentElement.clientWidth || innerWidth;
  const height = document.documentElement.clientHeight || innerHeight;
  const rev = reversed(getComputedStyle(document.documentElement));
  const [minDx, maxDx] = room(scrollX, root.scrollWidth - width, scrollX < 0 || (scrollX === 0 && rev.x), 1);
  const [minDy, maxDy] = room(scrollY, root.scrollHeight - height, scrollY < 0 || (scrollY === 0 && rev.y), 1);
  return { el: null, port: { left: 0, top: 0, right: width, bottom: height, minDx, maxDx, minDy, maxDy }, scaleX: 1, scaleY: 1 };
}

/** The scrollport of the scrolling box `el`, inside its borders and scrollbars. */
export function boxOf(el: Element): ScrollBox {
  const r = el.getBoundingClientRect();
  const html = el instanceof HTMLElement;
  const scaleX = html && el.offsetWidth > 0 ? r.width / el.offsetWidth : 1;
  const scaleY = html && el.offsetHeight > 0 ? r.height / el.offsetHeight : 1;
  const left = r.left + el.clientLeft * scaleX;
  const top = r.top + el.clientTop * scaleY;
  const rev = reversed(getComputedStyle(el));
  const [minDx, maxDx] = room(el.scrollLeft, el.scrollWidth - el.clientWidth, rev.x, scaleX);
  const [minDy, maxDy] = room(el.scrollTop, el.scrollHeight - el.clientHeight, rev.y, scaleY);
  const port = { left, top, right: left + el.clientWidth * scaleX, bottom: top + el.clientHeight * scaleY, minDx, maxDx, minDy, maxDy };
  return { el, port, scaleX, scaleY };
}

const SCROLLS = new Set(['auto', 'scroll', 'hidden']);

/** Whether `el` is a box its content scrolls in (scrollIntoView scrolls one with overflow:
 *  hidden too), not the window's own (the root, or a body whose overflow is the window's). */
function scrollsItself(el: Element, style: CSSStyleDeclaration): boolean {
  if (!SCROLLS.has(style.overflowX) && !SCROLLS.has(style.overflowY)) return false;
  if (el === document.documentElement || el === document.scrollingElement) return false;
  if (el === document.body) {
    const root = getComputedStyle(document.documentElement);
    if (root.overflowX === 'visible' && root.overflowY === 'visible') return false;
  }
  return el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth;
}

/** The boxes `el` scrolls in, innermost first (across shadow roots and slots), and whether the
 *  window's scroll moves it (not in a fixed box); `memo` keeps the answer for each element. */
export type Scrollers = { boxes: readonly Element[]; page: boolean };
export function scrollersOf(el: Element, memo: Map<Element, Scrollers> = new Map()): Scrollers {
  const seen = memo.get(el);
  if (seen) return seen;
  const style = getComputedStyle(el);
  let found: Scrollers;
  if (style.position === 'fixed') found = { boxes: [], page: false };
  else {
    const root = el.getRootNode();
    const up = el.assignedSlot ?? el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    const above = up ? scrollersOf(up, memo) : { boxes: [], page: true };
    found = scrollsItself(el, style) ? { boxes: [el, ...above.boxes], page: above.page } : above;
  }
  memo.set(el, found);
  return found;
}

/** The element a term's text `node` is laid out in (its slot where it is slotted). */
export function termElement(node: Node): Element | null {
  return (node instanceof Text ? node.assignedSlot : null) ?? node.parentElement;
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
 *  first line of which is at `line`) once the step has scrolled it to the middle of the
 *  boxes it is in and of the window. Each overlay's and each box's place is read once, here. */
export function coverTest(overlays: readonly Element[]): (node: Node, line: Rect) => boolean {
  if (overlays.length === 0) return () => false;
  const shown = overlays.map((el) => ({ el, box: el.getBoundingClientRect(), fixed: getComputedStyle(el).position === 'fixed' }));
  const page = pageBox().port;
  const memo = new Map<Element, Scrollers>();
  const ports = new Map<Element, Scrollport>();
  const portOf = (el: Element): Scrollport => {
    const port = ports.get(el) ?? boxOf(el).port;
    ports.set(el, port);
    return port;
  };
  return (node, line) => {
    const el = termElement(node);
    if (!el) return false;
    const { boxes, page: moves } = scrollersOf(el, memo);
    const land = landing(line, boxes.map(portOf), moves ? page : null);
    let layer: Element | null | undefined;
    return shown.some((o) => {
      if (!liesOver(o.box, o.fixed, land) || isInside(o.el, node)) return false;
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
  if (hit === null || own === null || own.contains(hit) || hit.contains(own) || isCardHost(hit)) return true;
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
