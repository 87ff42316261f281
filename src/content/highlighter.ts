// Shows annotations with the CSS Custom Highlight API: one registered Highlight per type,
// under exactly the DESIGN.md names, each holding ALL ranges of its type (linked or not).
// Linked terms (known to the store) are also put in one overlay, `backstory-linked`, of
// higher priority, whose style (content.css) makes them visibly stronger; the overlay
// only ever adds paint, so the six type highlights stay the whole truth for tests.
//
// Ranges are StaticRanges: unlike live Ranges they cost the page nothing on every later
// DOM mutation. The observers drop and rebuild marks whose text changes.
//
// Registration is batched, and on big pages limited to the viewport. Browsers pay for
// registered ranges in ways that grow with the page: Chromium rebuilds its markers for
// every registered range after each change, so adding thousands of ranges slice by slice
// costs quadratic time (a 1 M-word page blocked ~10 s); Firefox pays per range in
// proportion to the length of the text node holding it (100 ranges in one 600 k-character
// node block it ~2 s). So a page with few marks registers them all, once per batch; a page
// with many marks, or any very long text node, registers only the marks within a couple of
// screens of the viewport, follows scrolling, and adds ranges in slices sized to what the
// browser's last slice cost. Every mark is still matched, indexed and in `marks`
// (keyboard order, the popup's report); only what the browser must paint is bounded.
//
// We keep our own arrays of marks: Firefox content scripts cannot iterate a Highlight or
// CSS.highlights (Xray wrappers), and hit-testing and keyboard order need them anyway.
import type { HighlightKind, PageAnnotation } from '../core/types';
import { liveRange, type Mark, markBounds, NodeIntervals } from './hit-test';
import { endPoint, startPoint, type TextMap } from './text-map';
import { type Extent, marksInBand } from './visible-window';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'org', 'place', 'event', 'number', 'date'];
export const LINKED_OVERLAY = 'backstory-linked';

/** Up to this many marks, and no text node longer than HUGE_NODE, everything registers. */
export const EAGER_MARKS = 3000;
const HUGE_NODE = 20_000;
/** Most ranges registered per turn once a huge text node is met. */
const HUGE_SLICE = 4;
/** Screens above and below the viewport whose marks register on a big page. */
const MARGIN_SCREENS = 1;
/** At most this many marks in the registered band (a page whose reading order does not run
 *  down the screen must not make the band the whole page). */
const BAND_CAP = 2000;
/** A slice of registrations costing more than this (until the next turn) shrinks the next. */
const SLICE_BUDGET_MS = 40;
/** After a slice, the next waits for a frame, or this long when none comes. */
const FRAME_FALLBACK_MS = 100;
/** Scrolling re-works the band at most this often. */
const FOLLOW_MS = 50;

export function highlightName(kind: HighlightKind): string {
  return `backstory-${kind}`;
}

/** The page's highlight registry, or null where the API is missing. */
export function highlightRegistry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  if (!css?.highlights || typeof (globalThis as { Highlight?: unknown }).Highlight !== 'function') return null;
  return css.highlights;
}

/** A mark's vertical extent in the viewport, or null when it has no box (hidden). */
function extentOf(mark: Mark): Extent {
  const r = liveRange(mark).getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
}

/** A mark whose StaticRange is made on first use. A big page has thousands of marks that
 *  are never registered (off screen) nor hovered, and making their ranges up front was the
 *  largest page-side cost (the constructor's dictionary crosses into the engine each time). */
class PageMark implements Mark {
  private made: StaticRange | null = null;
  dead?: boolean;
  constructor(
    readonly annotation: PageAnnotation,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    readonly text: string,
  ) {}

  get range(): StaticRange {
    this.made ??= new StaticRange({ startContainer: this.startNode, startOffset: this.startOffset, endContainer: this.endNode, endOffset: this.endOffset });
    return this.made;
  }
}

/** Whether mark `a` starts before mark `b` in reading order. */
function precedes(a: Mark, b: Mark): boolean {
  const ea = markBounds(a);
  const eb = markBounds(b);
  if (ea.startNode === eb.startNode) return ea.startOffset < eb.startOffset;
  return (ea.startNode.compareDocumentPosition(eb.startNode) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export class Highlighter {
  /** Every live mark, in reading order. */
  readonly marks: Mark[] = [];
  readonly index = new NodeIntervals();
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly linked: Highlight;
  /** Marks whose ranges are in the registered highlights. */
  private readonly registered = new Set<Mark>();
  /** Marks waiting to register, nearest the viewport first. */
  private queue: Mark[] = [];
  private next = 0;
  /** Marks, scroll or viewport changed since the queue was worked out. */
  private stale = false;
  private lazy = false;
  /** A mark lies in a very long text node (each range there costs Firefox milliseconds, and
   *  at paint, where the slice timing may not see it). */
  private huge = false;
  private timer = 0;
  private slice = 16;
  private sliceStarted = 0;
  private readonly teardown = new AbortController();

  constructor(private readonly registry: HighlightRegistry) {
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new Highlight();
      this.byKind.set(kind, h);
      registry.set(highlightName(kind), h);
    }
    this.linked = new Highlight();
    this.linked.priority = 1;
    registry.set(LINKED_OVERLAY, this.linked);
    const follow = (): void => {
      if (!this.lazy) return;
      this.stale = true;
      this.schedule(FOLLOW_MS);
    };
    const { signal } = this.teardown;
    window.addEventListener('scroll', follow, { passive: true, capture: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
  }

  /** How many marks have ranges registered now (the rest wait for the reader to scroll). */
  get registeredCount(): number {
    return this.registered.size;
  }

  /** Turn annotations over `map` (sorted by start) into marks; they register shortly. */
  add(map: TextMap, annotations: readonly PageAnnotation[]): Mark[] {
    const batch: Mark[] = [];
    const wasLazy = this.lazy;
    for (const annotation of annotations) {
      const s = startPoint(map, annotation.start);
      const e = endPoint(map, annotation.end);
      if (!s || !e || e.index < s.index || (e.index === s.index && e.offset <= s.offset)) continue;
      const mark = new PageMark(annotation, s.node, s.offset, e.node, e.offset, map.text);
      if (!this.huge && (s.node.data.length > HUGE_NODE || e.node.data.length > HUGE_NODE)) this.huge = this.lazy = true;
      this.index.add(mark, s.index === e.index ? [s.node] : map.nodes.slice(s.index, e.index + 1));
      batch.push(mark);
    }
    this.insertInOrder(batch);
    if (this.marks.length > EAGER_MARKS) this.lazy = true;
    if (this.lazy !== wasLazy) this.restage(); // trim what was registered eagerly
    // While matching works down a big page, most batches land below the band: one layout
    // read of the batch's first mark saves recomputing the band.
    if (batch.length > 0 && !(this.lazy && this.belowBand(batch[0]!))) this.restage();
    return batch;
  }

  /** Remove marks matching `dead`; returns how many went. */
  drop(dead: (mark: Mark) => boolean): number {
    let removed = 0;
    for (const mark of this.marks) {
      if (!dead(mark)) continue;
      mark.dead = true;
      this.unregister(mark);
      removed++;
    }
    if (removed > 0) {
      let w = 0;
      for (const mark of this.marks) if (!mark.dead) this.marks[w++] = mark;
      this.marks.length = w;
      this.index.prune();
    }
    return removed;
  }

  /** Unregister everything (page run aborted). */
  dispose(): void {
    this.teardown.abort();
    clearTimeout(this.timer);
    for (const kind of HIGHLIGHT_KINDS) this.registry.delete(highlightName(kind));
    this.registry.delete(LINKED_OVERLAY);
    for (const mark of this.marks) mark.dead = true;
    this.marks.length = 0;
    this.registered.clear();
    this.queue = [];
    this.next = 0;
  }

  /** Run `sync` soon; or, after a slice, once the browser has rendered (where the cost of
   *  the ranges just added shows), with a timer in case no frame comes (hidden tab). */
  private schedule(delay = 0, afterFrame = false): void {
    if (this.timer) return;
    const run = (): void => {
      if (!this.timer) return;
      clearTimeout(this.timer);
      this.timer = 0;
      this.sync();
    };
    this.timer = window.setTimeout(run, afterFrame ? FRAME_FALLBACK_MS : delay);
    if (afterFrame) requestAnimationFrame(() => setTimeout(run, 0));
  }

  /** Work the queue out again after the next frame: layout is clean by then, so the
   *  band's layout reads do not force the page's layout inside our task. */
  private restage(): void {
    this.stale = true;
    this.schedule(0, true);
  }

  private viewportHeight(): number {
    return window.innerHeight || document.documentElement.clientHeight || 800;
  }

  private belowBand(mark: Mark): boolean {
    const e = extentOf(mark);
    return e !== null && e.top > (1 + MARGIN_SCREENS) * this.viewportHeight();
  }

  /** Work out what should be registered (when something changed), then register the next
   *  slice of it. */
  private sync(): void {
    if (this.teardown.signal.aborted) return;
    // Browsers pay for ranges later, at style or paint: what the last slice cost shows by
    // now. Adapt the next slice to keep each turn short.
    if (this.sliceStarted) {
      const cost = performance.now() - this.sliceStarted;
      this.slice = cost > SLICE_BUDGET_MS ? Math.max(1, this.slice >> 1) : Math.min(this.huge ? HUGE_SLICE : 4096, this.slice * 2);
      this.sliceStarted = 0;
    }
    if (this.stale) {
      this.stale = false;
      this.queue = this.lazy ? this.wanted() : this.marks.filter((m) => !this.registered.has(m));
      this.next = 0;
    }
    const end = Math.min(this.queue.length, this.next + (this.huge ? Math.min(this.slice, HUGE_SLICE) : this.slice));
    if (this.next >= end) return;
    this.sliceStarted = performance.now();
    while (this.next < end) this.register(this.queue[this.next++]!);
    if (this.next < this.queue.length) this.schedule(0, true);
  }

  /** Big pages: unregister marks far from the viewport; the near ones still missing, those
   *  on screen first. */
  private wanted(): Mark[] {
    const height = this.viewportHeight();
    const seen = new Map<number, Extent>();
    const extent = (i: number): Extent => {
      if (!seen.has(i)) seen.set(i, extentOf(this.marks[i]!));
      return seen.get(i) ?? null;
    };
    const [from, to] = marksInBand(this.marks.length, extent, -MARGIN_SCREENS * height, (1 + MARGIN_SCREENS) * height, BAND_CAP);
    // Keep what was registered a little beyond the band, so scrolling back and forth does
    // not churn; drop the rest.
    const keepFrom = Math.max(0, from - (to - from));
    const keepTo = Math.min(this.marks.length, to + (to - from));
    const keep = new Set(this.marks.slice(keepFrom, keepTo));
    for (const mark of [...this.registered]) if (!keep.has(mark)) this.unregister(mark);
    const [vFrom, vTo] = marksInBand(to - from, (i) => extent(from + i), 0, height, BAND_CAP);
    const band = this.marks.slice(from, to);
    const order = [...band.slice(vFrom, vTo), ...band.slice(vTo), ...band.slice(0, vFrom).reverse()];
    return order.filter((m) => !this.registered.has(m));
  }

  private register(mark: Mark): void {
    if (mark.dead || this.registered.has(mark)) return;
    this.registered.add(mark);
    this.byKind.get(mark.annotation.kind)?.add(mark.range);
    if (mark.annotation.entityId) this.linked.add(mark.range);
  }

  private unregister(mark: Mark): void {
    if (!this.registered.delete(mark)) return;
    this.byKind.get(mark.annotation.kind)?.delete(mark.range);
    this.linked.delete(mark.range);
  }

  /** A batch from one text run is in order among itself; place it among the marks. */
  private insertInOrder(batch: Mark[]): void {
    if (batch.length === 0) return;
    const first = batch[0]!;
    const last = this.marks[this.marks.length - 1];
    if (!last || precedes(last, first)) {
      for (const m of batch) this.marks.push(m);
      return;
    }
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (precedes(this.marks[mid]!, first)) lo = mid + 1;
      else hi = mid;
    }
    this.marks.splice(lo, 0, ...batch);
  }
}
