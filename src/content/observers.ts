// Dynamic pages. A MutationObserver (on the document and every shadow root read, closed
// too) collects what changed; batches are handled after a short pause, incrementally:
// - marks whose text left the page are dropped;
// - added elements are read and matched on their own; added or edited text re-reads its
//   nearest block (so a word typed into a paragraph is matched with its neighbours);
// - custom elements read before the page defined them are read again once they have a
//   shadow root (late-hosts.ts: attaching one makes no record);
// - shadow roots whose host left the page are dropped from the run's list;
// - a run with marks in shadow roots has them painted where the document's sheets do not
//   reach (shadow-styles.ts).
// Navigation in single-page sites (history API, popstate, hash) is noticed and reported,
// and main.ts starts a fresh run, topic gate included.
// A batch itself is handled by observer-batch.ts, loaded with content-more.js at the first one.
import { annotateInChunks, REMOTE } from './annotate-page';
import { readTextMap } from './text-map';
import { foldedSummary, isBlock, isFolded, isSkipped } from './text-rules';
import type { PageRun } from './page-run';
import type { CardHost } from './card-host';
import { flatParent } from './flat-tree';
import { LateHosts } from './late-hosts';
import { isLooseText } from './loose-text';
import { loadMore } from './more-loader';
import type { BatchTools, ObservedBatch } from './observer-batch';
import { shadowStyles } from './shadow-styles';

const BATCH_MS = 150;
const TOOLS: BatchTools = { readTextMap, annotateInChunks, REMOTE, shadowStyles, isSkipped, isFolded, foldedSummary };
/** A batch whose page/annotate failed (the background restarting, say) is tried once more
 *  after this long; a second failure leaves that text unmarked. */
const RETRY_MS = 1000;

/** Attributes that decide whether the text map reads a subtree (isSkipped; `open` folds a
 *  <details>, isFolded). Not style or class: the map skips by markup only, never by computed
 *  style, so they change nothing it reads, and pages flip them all the time (hover states,
 *  animations, lazy loading). */
const SKIP_ATTRIBUTES = ['hidden', 'aria-hidden', 'inert', 'contenteditable', 'open'];

/** What is re-read when `node` changes: itself if it is an element, else its nearest block
 *  in the flat tree (text-map.ts's blocks, so a word typed into a paragraph is matched with
 *  its neighbours), but never the body or the root: text in an inline element outside any
 *  block re-reads that element, and a text node directly under the body itself, which the
 *  batch reads with its run of inline siblings (loose-text.ts), not the whole page. */
function rereadRoot(node: Node): Node | null {
  if (node.nodeType === 1) return node;
  for (let n = flatParent(node); n && n.nodeType === 1; n = flatParent(n)) {
    const el = n as Element;
    if (el.localName === 'body' || el.localName === 'html') break;
    if (isBlock(el)) return el;
  }
  return isLooseText(node) ? node : node.parentElement;
}

/** Whether every node of a list is a card host `card` made. */
function allCardHosts(nodes: NodeList, card: CardHost | null): boolean {
  if (!card) return false;
  for (let i = 0; i < nodes.length; i++) if (!card.owns(nodes[i]!)) return false;
  return true;
}

/** Starts observing at once; batches are held until the returned `begin` is called (after
 *  the first full pass, so nothing is matched twice). `from` is where the page was when the
 *  run began: a navigation since (while it started) is a navigation too. `undefinedElements`
 *  are the custom elements the first pass met undefined (its map's). */
export function initObservers(run: PageRun, onNavigate: () => void, from?: string, undefinedElements: readonly Element[] = []): () => void {
  const { signal } = run;
  const dirty = new Set<Node>();
  const changedText = new Set<Node>();
  /** Whether an element was skipped (or folded) when its attributes last changed. */
  const skipState = new WeakMap<Element, boolean>();
  /** Roots whose page/annotate failed once already: one retry each, not one a batch for good. */
  const failed = new WeakSet<Node>();
  let timer = 0;
  let busy = false;
  let started = false;
  const checkNavigation = navigationCheck(onNavigate, from);
  /** The roots in run.shadowRoots. */
  const listed = new WeakSet<ShadowRoot>(run.shadowRoots);
  const lateHosts = new LateHosts(signal, (host) => {
    dirty.add(host);
    schedule();
  });
  lateHosts.note(undefinedElements);

  const retry = (root: Node, err: unknown, since: number): void => {
    if (failed.has(root)) {
      console.warn('Backstory: could not match changed text', err);
      return;
    }
    failed.add(root);
    window.setTimeout(() => {
      if (signal.aborted) return;
      dirty.add(root);
      // The retry's batch holds the change it failed to read: a pointer that came onto the
      // text since met it unmarked, and hover owes it a test once the marks are in.
      batch.since = Math.min(batch.since, since);
      schedule();
    }, RETRY_MS);
  };
  const batch: ObservedBatch = { run, dirty, changedText, removed: false, since: Infinity, listed, failed, lateHosts, retry, watch: (sr) => watch(sr), tools: TOOLS };
  let warned = false;
  const flush = async (): Promise<void> => {
    timer = 0;
    if (busy || !started || signal.aborted) return;
    busy = true;
    let held = false;
    try {
      const more = await loadMore();
      if (signal.aborted) return;
      await more.handleBatch(batch);
    } catch (err) {
      // content-more.js could not be had: the batch is held, not asked for again every
      // BATCH_MS, and goes with the next page change's (whose batch loads again): letting
      // it go left those roots' text unread, and the marks of text since changed, for good.
      held = true;
      if (!warned) console.warn('Backstory: could not handle page changes', err);
      warned = true;
    } finally {
      busy = false;
      if (!held && (dirty.size > 0 || batch.removed)) schedule();
    }
  };
  const schedule = (): void => {
    batch.since = Math.min(batch.since, performance.now());
    if (!timer) timer = window.setTimeout(() => void flush(), BATCH_MS);
  };

  const observer = new MutationObserver((records) => {
    if (checkNavigation()) return;
    for (const r of records) {
      if (r.type === 'attributes') {
        // Revealed ("Read more"): read again; hidden or made editable: its marks drop. A
        // page setting the same state again (each render) is no change: skipped.
        const el = r.target as Element;
        // `open` hides nothing but a <details>' body: a <dialog> shown (showModal) is not
        // re-read, which dropped every mark in it ~150 ms on and left a pointer resting on
        // one of its terms on a dead mark, with no card.
        if (r.attributeName === 'open' && el.localName !== 'details') continue;
        // A <details> opened or closed re-reads its text as a whole (summary only when closed).
        const skipped = isSkipped(el) || isFolded(el);
        if (skipState.get(el) === skipped || run.card?.owns(el)) continue;
        skipState.set(el, skipped);
        dirty.add(el);
        continue;
      }
      if (r.type === 'characterData') {
        const root = rereadRoot(r.target);
        if (root) dirty.add(root);
        changedText.add(r.target); // its old marks point at offsets that may no longer hold
        continue;
      }
      // The card's host coming and going (each hover, and each card loaded out of sight) is
      // no page text leaving: that would test every mark.
      if (r.removedNodes.length > 0 && !allCardHosts(r.removedNodes, run.card)) batch.removed = true;
      for (let i = 0; i < r.addedNodes.length; i++) {
        const node = r.addedNodes[i]!;
        if (run.card?.owns(node) || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
        const root = rereadRoot(node);
        if (root) dirty.add(root);
      }
    }
    if (dirty.size > 0 || batch.removed || changedText.size > 0) schedule();
  });
  const watched = new WeakSet<Node>();
  const watch = (target: Node): void => {
    if (watched.has(target)) return;
    watched.add(target);
    observer.observe(target, {
      childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: SKIP_ATTRIBUTES,
    });
  };
  watch(document);
  for (const sr of run.shadowRoots) watch(sr);
  // Its marks there need their own sheets where the document's do not reach (shadow-styles.ts).
  if (run.shadowRoots.length > 0) shadowStyles.want();

  watchNavigation(signal, checkNavigation);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  // Moved on while the run started (its navigation events came before these listeners).
  checkNavigation();
  // A batch only when the page changed meanwhile: most loads change nothing while they match,
  // and an empty batch would compile flush() (the largest function here) for nothing.
  return () => {
    started = true;
    if (dirty.size > 0 || batch.removed || changedText.size > 0) schedule();
  };
}

/** Where the page is, for telling a navigation: its URL without a fragment that only points
 *  into the page (a table of contents, a footnote), but with a hash route ("#/story/12",
 *  "#!/story/12"), which single-page sites navigate by. */
export function pageAddress(href = location.href): string {
  const hash = href.indexOf('#');
  return hash < 0 || /^#!?\//.test(href.slice(hash)) ? href : href.slice(0, hash);
}

/** A check that calls `onNavigate` (and says true) when the page's address has moved on
 *  since the last check (or since `from`, by default where it is now). */
export function navigationCheck(onNavigate: () => void, from?: string): () => boolean {
  let href = from ?? pageAddress();
  return () => {
    const now = pageAddress();
    if (now === href) return false;
    href = now;
    onNavigate();
    return true;
  };
}

/** Calls `check` when the page may have navigated without loading: history traversal,
 *  hash changes, and (where the Navigation API exists) pushState/replaceState. */
export function watchNavigation(signal: AbortSignal, check: () => void): void {
  window.addEventListener('popstate', check, { signal });
  window.addEventListener('hashchange', check, { signal });
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', check, { signal });
}
