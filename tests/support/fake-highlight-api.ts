// happy-dom has no CSS Custom Highlight API and no StaticRange: stand-ins of the same shape
// for unit tests of the content script (stub them in with vi.stubGlobal).

/** A Highlight as a set of its ranges. */
export class FakeHighlight extends Set<StaticRange> {
  priority = 0;
  /** As the real one: the ranges as arguments, not one iterable. */
  constructor(...ranges: StaticRange[]) {
    super(ranges);
  }
}

/** A StaticRange: its boundary points, as given. */
export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}
