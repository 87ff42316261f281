// The page's visible text as one string, with a map from string offsets back to Text nodes.
//
// Written as a hand-rolled walk rather than a TreeWalker because it must follow the *flat*
// tree: shadow roots (open, and closed ones an extension may reach: readableShadowRoot) are
// read in place of their host's light children, and a <slot>
// is read as the nodes assigned to it. The walk keeps an explicit stack (never recursion),
// so a 10 k-deep DOM cannot overflow the call stack. Block elements add a "\n" separator
// so words of adjacent blocks never merge ("Gaza</p><p>Strip" is not "Gaza Strip").
//
// Which elements it reads, skips or separates (by markup, not computed style) is
// text-rules.ts.

import { lastAtOrBefore } from '../core/search';
import { foldedSummary, isBlock, isFolded, isSkipped, isUndefinedCustomElement, readableShadowRoot } from './text-rules';

export const SEPARATOR = '\n';

export interface TextMap {
  /** Node texts in flat-tree order, blocks separated by SEPARATOR. */
  text: string;
  nodes: Text[];
  /** starts[i] is where nodes[i]'s data begins in `text`; ascending. */
  starts: number[];
  /** Shadow roots met on the way, open or closed (hit-testing must name them to see inside,
   *  and the observers watch each). */
  shadowRoots: ShadowRoot[];
  /** Custom elements met before the page defined them (see isUndefinedCustomElement). */
  undefinedElements: Element[];
  /** Length of the longest text node read. */
  longest: number;
}

export interface ReadOptions {
  /** An element never to read (the card host). */
  exclude?: Element | null;
}

interface Frame {
  /** Next node to read: walked by nextSibling (fast on long child lists), or by index in
   *  `list` for shadow roots' and slots' children. */
  next: Node | null;
  list: ArrayLike<Node> | null;
  i: number;
  /** Separator to emit when this frame's children are done (the parent was a block). */
  block: boolean;
}

/** A frame over the children to read for `node` in flat-tree order (`root`: its shadow root). */
function childFrame(node: Node, block: boolean, root: ShadowRoot | null): Frame {
  if (node.nodeType === 1) {
    const el = node as Element;
    if (root) return { next: root.firstChild, list: null, i: 0, block };
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return { next: null, list: assigned, i: 0, block };
    }
    if (isFolded(el)) {
      const summary = foldedSummary(el);
      return { next: null, list: summary ? [summary] : [], i: 0, block };
    }
  }
  return { next: node.firstChild, list: null, i: 0, block };
}

/** Nodes read between looks at the clock when reading in slices. */
const NODES_PER_CHECK = 256;

/** A walk over `root`'s visible text that can stop and go on later (root itself included
 *  unless skipped). Done in one go by readTextMap; in slices by SlicedReader. */
class TextReader {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly shadowRoots: ShadowRoot[] = [];
  private readonly undefinedElements: Element[] = [];
  private readonly stack: Frame[];
  private length = 0;
  private longest = 0;
  /** A block edge only marks that a separator is due; it is written before the next text,
   *  so the text never starts or ends with one and runs of block edges write one. */
  private pending = false;

  /** `root`: a node, or a run of sibling nodes read as one (loose-text.ts). */
  constructor(root: Node | readonly Node[], private readonly exclude: Element | null) {
    this.stack = [{ next: null, list: Array.isArray(root) ? root : [root as Node], i: 0, block: false }];
  }

  /** Walks on until the text is read (true), or until `more()`, asked every
   *  NODES_PER_CHECK nodes, says to stop (false). */
  step(more: (() => boolean) | null): boolean {
    const { parts, nodes, starts, shadowRoots, stack, exclude } = this;
    let countdown = NODES_PER_CHECK;
    while (stack.length > 0) {
      if (more && --countdown === 0) {
        if (!more()) return false;
        countdown = NODES_PER_CHECK;
      }
      const frame = stack[stack.length - 1]!;
      let node: Node | null;
      if (frame.list) node = frame.i < frame.list.length ? frame.list[frame.i++]! : null;
      else {
        node = frame.next;
        if (node) frame.next = node.nextSibling;
      }
      if (!node) {
        stack.pop();
        if (frame.block) this.pending = this.length > 0;
        continue;
      }
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (data.length === 0) continue;
        if (this.pending) {
          parts.push(SEPARATOR);
          this.length += SEPARATOR.length;
          this.pending = false;
        }
        nodes.push(node as Text);
        starts.push(this.length);
        parts.push(data);
        this.length += data.length;
        if (data.length > this.longest) this.longest = data.length;
      } else if (type === 1) {
        const el = node as Element;
        if (isSkipped(el, exclude)) continue;
        // A shadow host's edges separate too: a match running from light-DOM text into a
        // shadow root would be a range across trees, which paints nothing.
        const root = readableShadowRoot(el);
        const block = isBlock(el) || root !== null;
        if (block) this.pending = this.length > 0;
        if (root) shadowRoots.push(root);
        else if (isUndefinedCustomElement(el)) this.undefinedElements.push(el);
        stack.push(childFrame(el, block, root));
      } else if (type === 9 || type === 11) {
        stack.push({ next: node.firstChild, list: null, i: 0, block: false });
      }
    }
    return true;
  }

  /** Characters read so far. */
  get read(): number {
    return this.length;
  }

  /** What is read so far: a prefix of the whole map's text (separators are written before
   *  the text that follows them, never at the end). */
  get map(): TextMap {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, shadowRoots: this.shadowRoots, undefinedElements: this.undefinedElements, longest: this.longest };
  }
}

/** Read `root`'s visible text (root itself included unless skipped; a list of sibling
 *  nodes is read in its order, as their parent's read would). */
export function readTextMap(root: Node | readonly Node[], options: ReadOptions = {}): TextMap {
  const reader = new TextReader(root, options.exclude ?? null);
  reader.step(null);
  return reader.map;
}

/** Reads `root`'s visible text handing the thread back (`pause`) every `sliceMs`, and only
 *  as far as asked: the topic gate reads the start of a page, and most pages are off topic.
 *  On a cold start the browser and the background take the other core, and one read of a
 *  long page ran 20–35 ms wall. The caller watches for changes made between slices (a walk
 *  over a changed tree may miss or repeat text) and reads again when there were any. */
export class SlicedReader {
  private readonly reader: TextReader;

  constructor(root: Node, options: ReadOptions, private readonly sliceMs: number, private readonly pause: () => Promise<void>) {
    this.reader = new TextReader(root, options.exclude ?? null);
  }

  /** Reads on until at least `chars` characters are in (a few hundred nodes more at most)
   *  or the text ends; true when it ended. */
  async readTo(chars = Infinity): Promise<boolean> {
    const { reader } = this;
    for (;;) {
      const until = performance.now() + this.sliceMs;
      if (reader.step(() => performance.now() < until && reader.read < chars)) return true;
      if (reader.read >= chars) return false;
      await this.pause();
    }
  }

  get map(): TextMap {
    return this.reader.map;
  }
}

/** readTextMap in slices (SlicedReader, to the end). */
export async function readTextMapInSlices(root: Node, options: ReadOptions, sliceMs: number, pause: () => Promise<void>): Promise<TextMap> {
  const reader = new SlicedReader(root, options, sliceMs, pause);
  await reader.readTo();
  return reader.map;
}

/** Index of the node whose data holds `offset` (the last node starting at or before it). */
function nodeIndexAt(map: TextMap, offset: number): number {
  const { starts } = map;
  return lastAtOrBefore(starts.length, (i) => starts[i]!, offset);
}

export interface Point {
  node: Text;
  offset: number;
  index: number;
}

/** The DOM point for a start offset: inside the node holding the character at `offset`
 *  (a start in a separator moves forward to the next node). */
export function startPoint(map: TextMap, offset: number): Point | null {
  let i = nodeIndexAt(map, offset);
  if (i < 0) i = 0;
  while (i < map.nodes.length) {
    const node = map.nodes[i]!;
    const local = offset - map.starts[i]!;
    if (local < node.data.length) return { node, offset: Math.max(0, local), index: i };
    i++;
    if (i < map.nodes.length && map.starts[i]! > offset) offset = map.starts[i]!;
  }
  return null;
}

/** The DOM point for an end offset: inside the node holding the character at `offset - 1`
 *  (an end in a separator moves back to the previous node's end). */
export function endPoint(map: TextMap, offset: number): Point | null {
  const i = nodeIndexAt(map, offset - 1);
  if (i < 0) return null;
  const node = map.nodes[i]!;
  const local = Math.min(offset - map.starts[i]!, node.data.length);
  return { node, offset: local, index: i };
}
