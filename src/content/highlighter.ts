// Shows annotations with the CSS Custom Highlight API: one registered Highlight per type,
// under exactly the DESIGN.md names, each holding ALL ranges of its type (linked or not).
// Linked terms (known to the store) are also put in one overlay, `backstory-linked`, of
// higher priority, whose style (content.css) makes them visibly stronger; the overlay
// only ever adds paint, so the six type highlights stay the whole truth for tests.
//
// Ranges are StaticRanges: unlike live Ranges they cost the page nothing on every later
// DOM mutation. The observers drop and rebuild marks whose text changes.
//
// We keep our own arrays of marks: Firefox content scripts cannot iterate a Highlight or
// CSS.highlights (Xray wrappers), and hit-testing and keyboard order need them anyway.
import type { HighlightKind, PageAnnotation } from '../core/types';
import { type Mark, NodeIntervals } from './hit-test';
import { endPoint, startPoint, type TextMap } from './text-map';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'org', 'place', 'event', 'number', 'date'];
export const LINKED_OVERLAY = 'backstory-linked';

export function highlightName(kind: HighlightKind): string {
  return `backstory-${kind}`;
}

/** The page's highlight registry, or null where the API is missing. */
export function highlightRegistry(): HighlightRegistry | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  if (!css?.highlights || typeof (globalThis as { Highlight?: unknown }).Highlight !== 'function') return null;
  return css.highlights;
}

/** Whether mark `a` starts before mark `b` in reading order. */
function precedes(a: Mark, b: Mark): boolean {
  const ra = a.range;
  const rb = b.range;
  if (ra.startContainer === rb.startContainer) return ra.startOffset < rb.startOffset;
  return (ra.startContainer.compareDocumentPosition(rb.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export class Highlighter {
  /** Every live mark, in reading order. */
  readonly marks: Mark[] = [];
  readonly index = new NodeIntervals();
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly linked: Highlight;

  constructor(private readonly registry: HighlightRegistry) {
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new Highlight();
      this.byKind.set(kind, h);
      registry.set(highlightName(kind), h);
    }
    this.linked = new Highlight();
    this.linked.priority = 1;
    registry.set(LINKED_OVERLAY, this.linked);
  }

  /** Turn annotations over `map` (sorted by start) into registered marks. */
  add(map: TextMap, annotations: readonly PageAnnotation[]): Mark[] {
    const batch: Mark[] = [];
    for (const annotation of annotations) {
      const s = startPoint(map, annotation.start);
      const e = endPoint(map, annotation.end);
      if (!s || !e || e.index < s.index || (e.index === s.index && e.offset <= s.offset)) continue;
      const range = new StaticRange({ startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset });
      const mark: Mark = { annotation, range, text: map.text };
      this.byKind.get(annotation.kind)?.add(range);
      if (annotation.entityId) this.linked.add(range);
      this.index.add(mark, map.nodes.slice(s.index, e.index + 1));
      batch.push(mark);
    }
    this.insertInOrder(batch);
    return batch;
  }

  /** Remove marks matching `dead`; returns how many went. */
  drop(dead: (mark: Mark) => boolean): number {
    let removed = 0;
    for (const mark of this.marks) {
      if (!dead(mark)) continue;
      mark.dead = true;
      this.byKind.get(mark.annotation.kind)?.delete(mark.range);
      this.linked.delete(mark.range);
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
    for (const kind of HIGHLIGHT_KINDS) this.registry.delete(highlightName(kind));
    this.registry.delete(LINKED_OVERLAY);
    for (const mark of this.marks) mark.dead = true;
    this.marks.length = 0;
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
