// Which highlighted term is under the pointer. The caret API turns a point into a (text node,
// offset) pair; an interval index keyed by text node (sorted arrays, binary search) turns
// that into a mark; the mark's own client rects confirm the pointer really is over it (a
// caret lands on the nearest character even when the pointer is in a margin).
// Work happens at most once per animation frame however fast pointer events arrive.
import type { PageAnnotation } from '../core/types';

/** One highlighted term on the page. */
export interface Mark {
  annotation: PageAnnotation;
  range: StaticRange;
  /** The text the annotation's offsets refer to (its read's whole text, shared, not copied). */
  text?: string;
  /** Set when the mark's text leaves the page (its highlight is dropped too). */
  dead?: boolean;
}

export interface MarkBounds {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

/** Where a mark starts and ends, from its own fields when it has them: the highlighter's
 *  marks make their StaticRange only on first use, and most never need one. */
export function markBounds(mark: Mark): MarkBounds {
  const own = mark as Mark & Partial<MarkBounds>;
  if (own.startNode && own.endNode && own.startOffset !== undefined && own.endOffset !== undefined) {
    return { startNode: own.startNode, startOffset: own.startOffset, endNode: own.endNode, endOffset: own.endOffset };
  }
  const r = mark.range;
  return { startNode: r.startContainer, startOffset: r.startOffset, endNode: r.endContainer, endOffset: r.endOffset };
}

interface Interval {
  from: number;
  to: number;
  mark: Mark;
}

/** Per text node, the marks touching it as node-local [from, to) intervals sorted by `from`. */
export class NodeIntervals {
  private readonly byNode = new Map<Text, Interval[]>();
  private readonly unsorted = new Set<Interval[]>();

  add(mark: Mark, nodes: readonly Text[]): void {
    const { startNode: startContainer, startOffset, endNode: endContainer, endOffset } = markBounds(mark);
    for (const node of nodes) {
      const from = node === startContainer ? startOffset : 0;
      const to = node === endContainer ? endOffset : node.data.length;
      let list = this.byNode.get(node);
      if (!list) this.byNode.set(node, (list = []));
      const last = list[list.length - 1];
      if (last && last.from > from) this.unsorted.add(list);
      list.push({ from, to, mark });
    }
  }

  /** Forget every mark in `node`. */
  dropNode(node: Text): void {
    this.byNode.delete(node);
  }

  /** Drop dead marks' intervals (after marks were removed). */
  prune(): void {
    for (const [node, list] of this.byNode) {
      const live = list.filter((i) => !i.mark.dead);
      if (live.length === 0) this.byNode.delete(node);
      else if (live.length !== list.length) this.byNode.set(node, live);
    }
  }

  /** The marks whose interval holds `offset` in `node`, or ends right at it (a caret after
   *  the last letter of a term still means the term). Nearest first. */
  at(node: Node, offset: number): Mark[] {
    const list = this.byNode.get(node as Text);
    if (!list) return [];
    if (this.unsorted.has(list)) {
      list.sort((a, b) => a.from - b.from);
      this.unsorted.delete(list);
    }
    // Last interval starting at or before offset.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.from <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const out: Mark[] = [];
    for (let i = found; i >= 0 && i >= found - 2; i--) {
      const iv = list[i]!;
      if (!iv.mark.dead && offset <= iv.to && !out.includes(iv.mark)) out.push(iv.mark);
    }
    return out;
  }

  get size(): number {
    return this.byNode.size;
  }
}

interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}
type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPositionLike | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point: standard `caretPositionFromPoint` (both
 *  browsers; told about the shadow roots read so it can look inside: Chrome looks into no
 *  root it is not told of, closed ones included), else Chrome's older `caretRangeFromPoint`. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (d.caretRangeFromPoint) {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A live Range over a mark, for measuring (StaticRanges have no geometry). */
export function liveRange(mark: Mark): Range {
  const r = mark.range;
  const range = new Range();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** Whether the point lies on one of the mark's line boxes (with a pixel of slack). */
function markContains(mark: Mark, x: number, y: number): boolean {
  const rects = liveRange(mark).getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** What the hit tester reads: the marks at a text position, nearest first. */
export interface MarkIndex {
  at(node: Node, offset: number): Mark[];
}

export interface HitTester {
  /** Feed a pointer position; the test runs on the next animation frame, once. */
  point(x: number, y: number): void;
  /** Test the last position fed again on the next frame, once: the marks under it changed. */
  again(): void;
}

/** Tests the latest pointer position once per frame and reports the mark under it (or null). */
export function createHitTester(
  doc: Document,
  index: MarkIndex,
  shadowRoots: () => ShadowRoot[],
  onHit: (mark: Mark | null, x: number, y: number) => void,
  signal: AbortSignal,
): HitTester {
  let x = 0;
  let y = 0;
  let fed = false;
  let frame = 0;
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  // A hidden tab runs no frames: a test queued then would run once it shows, at a position
  // the pointer has surely left (the reader was in another tab). Drop it, and re-test
  // nothing until the pointer moves on this page again. So a pointer resting on a term as
  // the tab shows again opens no card until it moves: by design (the page cannot tell where
  // the pointer is without a move, and a card springing up as the reader comes back is
  // nothing they reached for).
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState !== 'hidden') return;
      cancelAnimationFrame(frame);
      frame = 0;
      fed = false;
    },
    { signal },
  );
  const run = (): void => {
    frame = 0;
    if (signal.aborted) return;
    const caret = caretAt(doc, x, y, shadowRoots());
    let hit: Mark | null = null;
    if (caret && caret.node.nodeType === 3) {
      for (const mark of index.at(caret.node, caret.offset)) {
        if (markContains(mark, x, y)) {
          hit = mark;
          break;
        }
      }
    }
    onHit(hit, x, y);
  };
  return {
    point(px, py) {
      x = px;
      y = py;
      fed = true;
      if (!frame) frame = requestAnimationFrame(run);
    },
    again() {
      // Only where a position was fed since the tab was last hidden.
      if (fed && !frame && !signal.aborted) frame = requestAnimationFrame(run);
    },
  };
}
