// Shows annotations with the CSS Custom Highlight API: turns them into marks, and decides
// which marks' ranges the registered highlights (registered-highlights.ts: one per type and
// the linked overlay) hold, and when.
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
// We keep our own list of marks: Firefox content scripts cannot iterate a Highlight or
// CSS.highlights (Xray wrappers), and hit-testing and keyboard order need them anyway.
import type { HighlightKind, PageAnnotation } from '../core/types';
import { liveRange, type Mark, markBounds, type MarkIndex, NodeIntervals } from './hit-test';
import { type AnnotationBatch, toBatch } from '../messaging/packed-annotations';
import { MarkList, PageMark } from './page-mark';
import { RegisteredHighlights } from './registered-highlights';
import type { TextMap } from './text-map';
import { type Extent, marksInBand } from './visible-window';

/** Up to this many marks, and no text node longer than HUGE_NODE, everything registers. */
const EAGER_MARKS = 3000;
/** Characters of text past which a page is expected to pass EAGER_MARKS (news text runs to
 *  about one mark per 40 characters). */
const EAGER_TEXT = 120_000;
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
/** Our own work per turn of registering (the browser's paint comes after, in SLICE_BUDGET_MS). */
const TURN_BUDGET_MS = 8;
/** After a slice, the next waits for a frame, or this long when none comes (a hidden tab).
 *  Long: on a cold load the page's first layout can take 100+ ms, and a band worked out before
 *  that frame would force the whole layout inside our task. */
const FRAME_FALLBACK_MS = 1000;
/** Scrolling re-works the band at most this often: scroll events come every frame, and each
 *  re-work reads the marks' boxes (layout), which a fast scroll need not pay for each time. */
const FOLLOW_MS = 50;

/** A mark's vertical extent in the viewport, or null when it has no box (hidden). */
function extentOf(mark: Mark): Extent {
  const r = liveRange(mark).getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : { top: r.top, bottom: r.bottom };
}

/** Whether mark `a` starts before mark `b` in reading order: by their text offsets where
 *  both lie over one text map, else by the DOM (compareDocumentPosition walks sibling lists,
 *  long in a big page's body). */
function precedes(a: Mark, b: Mark): boolean {
  const known = a instanceof PageMark && b instanceof PageMark ? a.startsBefore(b) : undefined;
  if (known !== undefined) return known;
  const ea = markBounds(a);
  const eb = markBounds(b);
  if (ea.startNode === eb.startNode) return ea.startOffset < eb.startOffset;
  return (ea.startNode.compareDocumentPosition(eb.startNode) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export class Highlighter {
  /** Every live mark, in reading order, made as they are asked for. */
  private readonly all = new MarkList();
  private readonly intervals = new NodeIntervals();
  /** Drawn marks not yet in `intervals`: indexed when the pointer first asks, not while the
   *  page loads (most drawn marks are never pointed at before the band moves on). */
  private readonly unindexed = new Set<PageMark>();
  /** The hit-test index of drawn marks. */
  readonly index: MarkIndex = {
    at: (node, offset) => {
      for (const mark of this.unindexed) {
        if (mark.indexed || mark.dead) continue;
        mark.indexed = true;
        this.intervals.add(mark, mark.nodes());
      }
      this.unindexed.clear();
      // A kind switched off since keeps its marks indexed, hidden.
      return this.intervals.at(node, offset).filter((m) => this.shows(m.annotation.kind));
    },
  };
  /** The highlights, and the marks whose ranges are in them. */
  private readonly registered: RegisteredHighlights;
  /** Marks waiting to register, nearest the viewport first. */
  private queue: PageMark[] = [];
  private next = 0;
  /** Marks, scroll or viewport changed since the queue was worked out. */
  private stale = false;
  private lazy = false;
  /** A mark lies in a very long text node (each range there costs Firefox milliseconds, and
   *  at paint, where the slice timing may not see it). */
  private huge = false;
  /** The band last worked out ended before the last mark. */
  private bandEndsEarly = false;
  private timer = 0;
  /** Marks registered per turn: the whole band at once (each change repaints every
   *  highlighted text in view, ~20 ms on a long page), halved while turns run long. */
  private slice = 4096;
  private sliceStarted = 0;
  private readonly teardown = new AbortController();
  /** Called after a turn registered marks, which only then enter the hit-test index (hover
   *  tests a resting pointer again: the page may have re-made the text under it); `more`:
   *  further turns of this queue are to come. */
  onRegistered: (more: boolean) => void = () => {};

  constructor(registry: HighlightRegistry) {
    this.registered = new RegisteredHighlights(registry);
    const follow = (): void => {
      if (!this.lazy) return;
      this.stale = true;
      this.schedule(FOLLOW_MS);
    };
    const { signal } = this.teardown;
    window.addEventListener('scroll', follow, { passive: true, capture: true, signal });
    window.addEventListener('resize', follow, { passive: true, signal });
  }

  /** Every live mark of the kinds shown, in reading order (all made now: the keyboard and
   *  the popup's reveal). */
  get marks(): readonly Mark[] {
    return this.all.all().filter((m) => this.shows(m.kind));
  }

  /** Whether marks of `kind` are drawn (KindFilteredHighlighter: the user's switches). */
  protected shows(_kind: HighlightKind): boolean {
    return true;
  }

  /** After shows() changed: hidden kinds' marks leave the highlights, shown ones register. */
  protected redraw(): void {
    for (const mark of this.registered.list()) if (!this.shows(mark.kind)) this.registered.delete(mark);
    this.restage();
  }

  /** How many marks have ranges registered now (the rest wait for the reader to scroll). */
  get registeredCount(): number {
    return this.registered.size;
  }

  /** Told the whole text before its annotations arrive: a text long enough to hold more
   *  than EAGER_MARKS marks is treated as big from its first batch, so the first chunks are
   *  not all registered only to be trimmed to the band when the count passes the line. */
  expect(map: TextMap): void {
    if (map.text.length > EAGER_TEXT || map.longest > HUGE_NODE) this.lazy = true;
  }

  /** Turn annotations over `map` (sorted by start) into marks; they register shortly.
   *  Returns how many marks were added. */
  add(map: TextMap, annotations: AnnotationBatch | readonly PageAnnotation[]): number {
    const batch = toBatch(annotations);
    if (batch.length === 0) return 0;
    const wasLazy = this.lazy;
    if (!this.huge && map.longest > HUGE_NODE) {
      this.huge = this.lazy = true;
      this.slice = Math.min(this.slice, HUGE_SLICE);
    }
    // A batch from one text run is in order among itself: placed as a whole.
    const appended = this.all.place(batch, map, precedes);
    if (this.all.length > EAGER_MARKS) this.lazy = true;
    // While matching works down a big page, batches land after the band's last mark (reading
    // order runs down the page): nothing to register, and no layout to read to know it.
    if (this.lazy && wasLazy && appended && this.bandEndsEarly) return batch.length;
    this.restage();
    return batch.length;
  }

  /** Whether marks wait to register: a turn is due, or the queue is part worked. */
  get registering(): boolean {
    return this.timer !== 0 || this.next < this.queue.length;
  }

  /** Remove marks matching `dead`; returns how many went. */
  drop(dead: (mark: Mark) => boolean): number {
    const removed = this.all.drop(dead, (mark) => this.registered.delete(mark));
    if (removed > 0) this.intervals.prune();
    return removed;
  }

  /** Unregister everything (page run aborted). */
  dispose(): void {
    this.teardown.abort();
    clearTimeout(this.timer);
    this.registered.dispose();
    this.all.clear();
    this.unindexed.clear();
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
      this.queue = this.lazy ? this.wanted() : this.all.all().filter((m) => !this.registered.has(m));
      this.next = 0;
      // Working out the band reads layout; registering makes ranges: each gets its own task
      // (together they made a 50 ms task on a cold first page load).
      if (this.lazy && this.queue.length > 0) {
        this.schedule(0);
        return;
      }
    }
    const end = Math.min(this.queue.length, this.next + (this.huge ? Math.min(this.slice, HUGE_SLICE) : this.slice));
    if (this.next >= end) return;
    this.sliceStarted = performance.now();
    const until = this.sliceStarted + TURN_BUDGET_MS;
    while (this.next < end) {
      this.register(this.queue[this.next++]!);
      if ((this.next & 31) === 0 && performance.now() > until) break;
    }
    const more = this.next < this.queue.length;
    if (more) this.schedule(0, true);
    this.onRegistered(more);
  }

  /** Big pages: unregister marks far from the viewport; the near ones still missing, those
   *  on screen first. */
  private wanted(): PageMark[] {
    const height = this.viewportHeight();
    const seen = new Map<number, Extent>();
    const extent = (i: number): Extent => {
      if (!seen.has(i)) seen.set(i, extentOf(this.all.at(i)));
      return seen.get(i) ?? null;
    };
    const [from, to] = marksInBand(this.all.length, extent, -MARGIN_SCREENS * height, (1 + MARGIN_SCREENS) * height, BAND_CAP);
    this.bandEndsEarly = to < this.all.length;
    // Keep what was registered a little beyond the band, so scrolling back and forth does
    // not churn; drop the rest.
    const keepFrom = Math.max(0, from - (to - from));
    const keepTo = Math.min(this.all.length, to + (to - from));
    // Only made marks can be registered: the ones never made need no look.
    const keep = new Set<PageMark>();
    for (let i = keepFrom; i < keepTo; i++) {
      const mark = this.all.peek(i);
      if (mark && this.registered.has(mark)) keep.add(mark);
    }
    if (keep.size < this.registered.size) for (const mark of this.registered.list()) if (!keep.has(mark)) this.registered.delete(mark);
    const [vFrom, vTo] = marksInBand(to - from, (i) => extent(from + i), 0, height, BAND_CAP);
    // On screen first, then below it, then above it nearest first.
    const order: PageMark[] = [];
    const want = (i: number): void => {
      const mark = this.all.at(i);
      if (!this.registered.has(mark)) order.push(mark);
    };
    for (let i = from + vFrom; i < from + vTo; i++) want(i);
    for (let i = from + vTo; i < to; i++) want(i);
    for (let i = from + vFrom - 1; i >= from; i--) want(i);
    return order;
  }

  private register(mark: PageMark): void {
    if (!this.shows(mark.kind) || !this.registered.add(mark)) return;
    // Hover can only meet drawn marks: they enter the hit-test index once drawn.
    if (!mark.indexed) this.unindexed.add(mark);
  }
}
