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
