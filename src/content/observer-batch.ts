// Handling one batch of page changes the observers collected (observers.ts): loaded with
// content-more.js at the first batch, since most loads never change the page while a run
// lives and content.js should not carry (parse) code a load never runs. What content.js has
// anyway (reading, matching, the text rules, the shadow sheets) comes in the batch, so
// content-more.js neither carries a second copy nor a second shadow-styles state.
import { flatParent } from './flat-tree';
import { markBounds } from './hit-test';
import type { LateHosts } from './late-hosts';
import { inlineRun, isLooseText } from './loose-text';
import type { PageRun } from './page-run';
import type * as AnnotatePage from './annotate-page';
import type { ShadowStyles } from './shadow-styles';
import type * as TextMap from './text-map';
import type * as TextRules from './text-rules';

/** content.js's own functions a batch uses, handed over once (observers.ts). */
export type BatchTools = Pick<typeof TextRules, 'isSkipped' | 'isFolded' | 'foldedSummary'>
  & Pick<typeof TextMap, 'readTextMap'> & Pick<typeof AnnotatePage, 'annotateInChunks' | 'REMOTE'>
  & { shadowStyles: Pick<ShadowStyles, 'want'> };

/** What the observers collected since the last batch, and what a batch may touch. */
export interface ObservedBatch {
  run: PageRun;
  /** Elements to read again, and text nodes directly under the body (read with their run of
   *  inline siblings: loose-text.ts) (cleared here). */
  dirty: Set<Node>;
  /** Text nodes whose text changed (cleared here). */
  changedText: Set<Node>;
  /** Whether page nodes were removed since the last batch (reset here). */
  removed: boolean;
  /** When the first change this batch holds was seen (performance.now(); Infinity: none;
   *  reset here). */
  since: number;
  /** The roots in run.shadowRoots. */
  listed: WeakSet<ShadowRoot>;
  /** Roots whose page/annotate failed once already: a second failure is given up (retry). */
  failed: WeakSet<Node>;
  lateHosts: LateHosts;
  /** Observe a shadow root found by a read. */
  watch(root: ShadowRoot): void;
  /** A root whose page/annotate failed: tried again later, or given up. `since`: when the
   *  change it failed to read was first seen, which the retry's batch still holds. */
  retry(root: Node, err: unknown, since: number): void;
  tools: BatchTools;
}

/** Whether anything from `el` up to its document is skipped (script, editable, hidden, host),
 *  or folded away in a closed <details> (anything there but its summary). */
function insideSkipped(el: Element, exclude: Element | null, tools: BatchTools): boolean {
  const { isSkipped, isFolded, foldedSummary } = tools;
  let child: Element | null = null;
  for (let e: Element | null = el; e; child = e, e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    if (isSkipped(e, exclude)) return true;
    if (child && isFolded(e) && child !== foldedSummary(e)) return true;
  }
  return false;
}

/** Whether `node` is in one of `roots` or their shadow roots and slots (the flat tree a
 *  read follows: Node.contains stops at a shadow boundary). */
function insideAny(node: Node, roots: ReadonlySet<Node>, self = true): boolean {
  for (let n = self ? node : flatParent(node); n; n = flatParent(n)) if (roots.has(n)) return true;
  return false;
}

/** Roots not inside another: reading a root reads all inside it (across shadow roots and
 *  slots, as flatParent walks), so an inner one read as well would be marked twice. */
function outermost(roots: Set<Node>): Node[] {
  return [...roots].filter((r) => !insideAny(r, roots, false));
}

/** What is read for each changed root (`root`: what a failed read retries): the root, or a
 *  loose text node's run of inline siblings, each run once, and no root inside a run. */
function readsOf(changed: readonly Node[]): { root: Node; nodes: Node[] }[] {
  const runs = new Map<Node, { root: Node; nodes: Node[] }>();
  for (const root of changed) {
    if (!isLooseText(root)) continue;
    const nodes = inlineRun(root);
    if (!runs.has(nodes[0]!)) runs.set(nodes[0]!, { root, nodes });
  }
  const inRuns = new Set([...runs.values()].flatMap((r) => r.nodes));
  const rest = changed.filter((r) => !isLooseText(r) && !insideAny(r, inRuns)).map((root) => ({ root, nodes: [root] }));
  return [...rest, ...runs.values()];
}

/** Drops, in place, the roots whose host left the page: a single-page app churning web
 *  components would otherwise have hit-testing name every root it ever had. */
function pruneShadowRoots(roots: ShadowRoot[], listed: WeakSet<ShadowRoot>): void {
  let kept = 0;
  for (const root of roots) {
    if (root.host.isConnected) roots[kept++] = root;
    else listed.delete(root);
  }
  roots.length = kept;
}

/** Drops the marks under what changed and reads again what is still read. */
export async function handleBatch(b: ObservedBatch): Promise<void> {
  const { run, dirty, changedText, tools } = b;
  const { signal, highlighter } = run;
  const changedAt = b.since;
  b.since = Infinity;
  const host = run.card?.element ?? null;
  // Marks are dropped under every changed root, read again only under those still read
  // (one just hidden or made editable loses its marks).
  const changed = outermost(dirty).filter((r) => r.isConnected);
  const reads = readsOf(changed);
  const roots = reads.filter((r) => !insideSkipped(r.root.nodeType === 1 ? (r.root as Element) : r.root.parentElement!, host, tools));
  dirty.clear();
  // One pass drops marks whose text left the page, changed, or is about to be re-read.
  const gone = b.removed;
  b.removed = false;
  if (gone) pruneShadowRoots(run.shadowRoots, b.listed);
  // Skipped when nothing changed: the test resolves every mark's nodes (made lazily).
  const touched = gone || changedText.size > 0 || changed.length > 0;
  if (touched) {
    const under = new Set<Node>(reads.flatMap((r) => r.nodes));
    highlighter.drop((m) => {
      const { startNode: s, endNode: e } = markBounds(m);
      if (gone && (!s.isConnected || !e.isConnected)) return true;
      if (changedText.has(s) || changedText.has(e)) return true;
      return under.size > 0 && insideAny(s, under);
    });
  }
  changedText.clear();
  for (const { root, nodes } of roots) {
    const map = tools.readTextMap(nodes, { exclude: host });
    for (const sr of map.shadowRoots) {
      // Hit-testing names every shadow root it may look into, and the card hears the
      // popovers shown in each (a toast component added while a card is open), and goes
      // over one the component showed as it was added, before the root was heard.
      if (!b.listed.has(sr)) {
        b.listed.add(sr);
        run.shadowRoots.push(sr);
      }
      b.watch(sr);
    }
    if (map.shadowRoots.length > 0) {
      run.card?.hearRoots();
      tools.shadowStyles.want();
    }
    b.lateHosts.note(map.undefinedElements);
    try {
      await tools.annotateInChunks(map.text, run.annotate, (a) => highlighter.add(map, a), signal, tools.REMOTE);
      b.failed.delete(root);
    } catch (err) {
      // Its old marks are gone: read it again later (its chunks already marked go then).
      if (!signal.aborted) b.retry(root, err, changedAt);
    }
    if (signal.aborted) return;
  }
  if (touched) run.onMarksChanged(changedAt);
}
