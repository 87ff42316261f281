// One highlighted term as the highlighter keeps it: an index into a batch of annotations
// over one text map, resolved on first use. See highlighter.ts for how marks are drawn.
import type { HighlightKind, PageAnnotation } from '../core/types';
import type { AnnotationBatch } from '../messaging/packed-annotations';
import type { Mark } from './hit-test';
import { endPoint, startPoint, type TextMap } from './text-map';

interface Resolved {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  /** Indices in the map's nodes of the first and last node spanned. */
  first: number;
  last: number;
}

/** A mark made from one annotation of a batch, resolved on first use: its text nodes, its
 *  StaticRange and its annotation object. A big page has thousands of marks that are never
 *  registered (off screen), hovered or stepped to; making them up front (points, ranges,
 *  annotation objects) was most of the page-side cost. */
export class PageMark implements Mark {
  // Declared, not initialised: thousands are made per page, each only with its three
  // constructor fields until it is used.
  private declare at?: Resolved;
  private declare made?: StaticRange;
  private declare full?: PageAnnotation;
  /** Its intervals are in the hit-test index. */
  declare indexed?: boolean;
  declare dead?: boolean;
  constructor(
    private readonly batch: AnnotationBatch,
    private readonly i: number,
    private readonly map: TextMap,
  ) {}

  get annotation(): PageAnnotation {
    return (this.full ??= this.batch.annotation(this.i, this.map.text));
  }
  get kind(): HighlightKind {
    return this.batch.kind(this.i);
  }
  get linked(): boolean {
    return this.batch.linked(this.i);
  }
  get text(): string {
    return this.map.text;
  }

  /** Whether it starts before `other` in reading order, known without asking the DOM when
   *  both lie over one text map (the map's order is the flat tree's); undefined otherwise. */
  startsBefore(other: PageMark): boolean | undefined {
    return other.map === this.map ? this.batch.start(this.i) < other.batch.start(other.i) : undefined;
  }

  /** Text nodes and offsets; a span the map cannot place (it should not happen) makes the
   *  mark dead, collapsed at the map's start. */
  private resolve(): Resolved {
    if (this.at) return this.at;
    const s = startPoint(this.map, this.batch.start(this.i));
    const e = endPoint(this.map, this.batch.end(this.i));
    if (!s || !e || e.index < s.index || (e.index === s.index && e.offset <= s.offset)) {
      this.dead = true;
      const node = this.map.nodes[0]!;
      return (this.at = { startNode: node, startOffset: 0, endNode: node, endOffset: 0, first: 0, last: 0 });
    }
    return (this.at = { startNode: s.node, startOffset: s.offset, endNode: e.node, endOffset: e.offset, first: s.index, last: e.index });
  }
  get startNode(): Text {
    return this.resolve().startNode;
  }
  get startOffset(): number {
    return this.resolve().startOffset;
  }
  get endNode(): Text {
    return this.resolve().endNode;
  }
  get endOffset(): number {
    return this.resolve().endOffset;
  }
  /** The text nodes it spans. */
  nodes(): Text[] {
    const { first, last, startNode } = this.resolve();
    return first === last ? [startNode] : this.map.nodes.slice(first, last + 1);
  }

  get range(): StaticRange {
    if (this.made) return this.made;
    const { startNode, startOffset, endNode, endOffset } = this.resolve();
    return (this.made = new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset }));
  }
}

/** A stretch of one batch's marks, [from, to) by index in the batch. A batch enters as one
 *  stretch; a batch placed inside it, or a drop, cuts it in pieces that share `made`. */
interface Stretch {
  batch: AnnotationBatch;
  map: TextMap;
  from: number;
  to: number;
  /** The batch's marks made so far, by index in the batch (sparse). */
  made: PageMark[];
}

/** Mark `j` of a stretch's batch, made on first use and kept in the stretch. */
function markOf(s: Stretch, j: number): PageMark {
  return (s.made[j] ??= new PageMark(s.batch, j, s.map));
}

/** Every mark in reading order as a list of batch stretches, which makes a PageMark only when
 *  one is asked for: the band's few hundred, hover, the keyboard, the popup's reveal. Making
 *  all of them (~7,000 objects on a 50k-word page, put in order one by one) cost the page
 *  more than registering the band did. */
export class MarkList {
  private stretches: Stretch[] = [];
  /** ends[k]: marks in stretches 0…k. */
  private ends: number[] = [];
  private every: PageMark[] | null = null;

  get length(): number {
    return this.ends[this.ends.length - 1] ?? 0;
  }

  /** Mark `i` in reading order, made on first use. */
  at(i: number): PageMark {
    const { s, j } = this.locate(i);
    return markOf(s, j);
  }

  /** Mark `i` if it was made already (a mark never made is neither registered nor held). */
  peek(i: number): PageMark | undefined {
    const { s, j } = this.locate(i);
    return s.made[j];
  }

  /** Every mark, made now; kept until the list changes (keyboard steps, the popup's reveal). */
  all(): readonly PageMark[] {
    if (this.every) return this.every;
    const out: PageMark[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return (this.every = out);
  }

  /** Place a batch over `map` (in order among itself) among the marks, by `before(a, b)`:
   *  mark a starts before mark b. Returns whether it went after every mark. */
  place(batch: AnnotationBatch, map: TextMap, before: (a: PageMark, b: PageMark) => boolean): boolean {
    if (batch.length === 0) return true;
    const fresh: Stretch = { batch, map, from: 0, to: batch.length, made: [] };
    const first = (fresh.made[0] = new PageMark(batch, 0, map));
    const n = this.length;
    if (n === 0 || before(this.at(n - 1), first)) {
      this.insertStretch(fresh, n);
      return true;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(this.at(mid), first)) lo = mid + 1;
      else hi = mid;
    }
    this.insertStretch(fresh, lo);
    return false;
  }

  /** Remove the marks for which `dead` holds (each made to be asked), calling `gone` on each
   *  removed one after marking it dead. Returns how many went. */
  drop(dead: (mark: PageMark) => boolean, gone: (mark: PageMark) => void): number {
    let removed = 0;
    const kept: Stretch[] = [];
    for (const s of this.stretches) {
      let start = s.from;
      for (let j = s.from; j < s.to; j++) {
        const mark = markOf(s, j);
        if (!dead(mark)) continue;
        mark.dead = true;
        gone(mark);
        removed++;
        if (j > start) kept.push({ ...s, from: start, to: j });
        start = j + 1;
      }
      if (s.to > start) kept.push({ ...s, from: start, to: s.to });
    }
    if (removed > 0) this.rebuild(kept);
    return removed;
  }

  /** Mark every made mark dead and forget them all. */
  clear(): void {
    for (const s of this.stretches) for (let j = s.from; j < s.to; j++) if (s.made[j]) s.made[j]!.dead = true;
    this.rebuild([]);
  }

  /** Mark `i`'s stretch (its index in `stretches`, k) and its index in that stretch's batch. */
  private locate(i: number): { k: number; s: Stretch; j: number } {
    const k = this.stretchAt(i);
    const s = this.stretches[k]!;
    return { k, s, j: s.from + i - (k > 0 ? this.ends[k - 1]! : 0) };
  }

  private stretchAt(i: number): number {
    if (i < 0 || i >= this.length) throw new RangeError(`MarkList: no mark ${i}`);
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! > i) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private insertStretch(fresh: Stretch, at: number): void {
    if (at >= this.length) {
      this.stretches.push(fresh);
      this.ends.push(this.length + fresh.to - fresh.from);
      this.every = null;
      return;
    }
    const { k, s, j: cut } = this.locate(at);
    const pieces = cut > s.from ? [{ ...s, to: cut }, fresh, { ...s, from: cut }] : [fresh, s];
    this.rebuild([...this.stretches.slice(0, k), ...pieces, ...this.stretches.slice(k + 1)]);
  }

  private rebuild(stretches: Stretch[]): void {
    this.stretches = stretches;
    this.ends = [];
    let n = 0;
    for (const s of stretches) this.ends.push((n += s.to - s.from));
    this.every = null;
  }
}
