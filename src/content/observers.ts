// Dynamic pages. A MutationObserver (on the document and every open shadow root read)
// collects what changed; batches are handled after a short pause, incrementally:
// - marks whose text left the page are dropped;
// - added elements are read and matched on their own; added or edited text re-reads its
//   nearest block (so a word typed into a paragraph is matched with its neighbours).
// Navigation in single-page sites (history API, popstate, hash) is noticed and reported,
// and main.ts starts a fresh run, topic gate included.
import { annotateInChunks, REMOTE } from './annotate-page';
import { isSkipped, readTextMap } from './text-map';
import type { PageRun } from './page-run';
import type { CardHost } from './card-host';
import { markBounds } from './hit-test';

const BATCH_MS = 150;

const BLOCKISH = /^(?:P|DIV|LI|H[1-6]|ARTICLE|SECTION|BLOCKQUOTE|TD|TH|DD|DT|FIGCAPTION|MAIN|ASIDE|HEADER|FOOTER|BODY)$/;

/** The element whose text is re-read when `node` changes: itself if it is an element,
 *  else its nearest block ancestor. */
function rereadRoot(node: Node): Element | null {
  if (node.nodeType === 1) return node as Element;
  let el = node.parentElement;
  while (el && !BLOCKISH.test(el.tagName)) el = el.parentElement;
  return el ?? node.parentElement;
}

/** Whether every node of a list is a card host `card` made. */
function allCardHosts(nodes: NodeList, card: CardHost | null): boolean {
  if (!card) return false;
  for (let i = 0; i < nodes.length; i++) if (!card.owns(nodes[i]!)) return false;
  return true;
}

/** Whether anything from `el` up to its document is skipped (script, editable, hidden, host). */
function insideSkipped(el: Element, exclude: Element | null): boolean {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    if (isSkipped(e, exclude)) return true;
  }
  return false;
}

/** Keep only roots not inside another root. */
function outermost(roots: Set<Element>): Element[] {
  const list = [...roots];
  return list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
}

/** Starts observing at once; batches are held until the returned `begin` is called (after
 *  the first full pass, so nothing is matched twice). */
export function initObservers(run: PageRun, onNavigate: () => void): () => void {
  const { signal, highlighter } = run;
  const dirty = new Set<Element>();
  const changedText = new Set<Node>();
  let removed = false;
  let timer = 0;
  let busy = false;
  let started = false;
  const checkNavigation = navigationCheck(onNavigate);

  const flush = async (): Promise<void> => {
    timer = 0;
    if (busy || !started || signal.aborted) return;
    busy = true;
    try {
      const host = run.card?.element ?? null;
      const roots = outermost(dirty).filter((r) => r.isConnected && !insideSkipped(r, host));
      dirty.clear();
      // One pass drops marks whose text left the page, changed, or is about to be re-read.
      const gone = removed;
      removed = false;
      // Skipped when nothing changed: the test resolves every mark's nodes (made lazily).
      if (gone || changedText.size > 0 || roots.length > 0) {
        highlighter.drop((m) => {
          const { startNode: s, endNode: e } = markBounds(m);
          if (gone && (!s.isConnected || !e.isConnected)) return true;
          if (changedText.has(s) || changedText.has(e)) return true;
          return roots.some((r) => r.contains(s));
        });
      }
      changedText.clear();
      for (const root of roots) {
        const map = readTextMap(root, { exclude: host });
        for (const sr of map.shadowRoots) watch(sr);
        await annotateInChunks(map.text, run.annotate, (a) => highlighter.add(map, a), signal, REMOTE);
        if (signal.aborted) return;
      }
    } finally {
      busy = false;
      if (dirty.size > 0 || removed) schedule();
    }
  };
  const schedule = (): void => {
    if (!timer) timer = window.setTimeout(() => void flush(), BATCH_MS);
  };

  const observer = new MutationObserver((records) => {
    if (checkNavigation()) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        const root = rereadRoot(r.target);
        if (root) dirty.add(root);
        changedText.add(r.target); // its old marks point at offsets that may no longer hold
        continue;
      }
      // The card's host coming and going (each hover, and each card loaded out of sight) is
      // no page text leaving: that would test every mark.
      if (r.removedNodes.length > 0 && !allCardHosts(r.removedNodes, run.card)) removed = true;
      for (let i = 0; i < r.addedNodes.length; i++) {
        const node = r.addedNodes[i]!;
        if (run.card?.owns(node) || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
        const root = rereadRoot(node);
        if (root) dirty.add(root);
      }
    }
    if (dirty.size > 0 || removed || changedText.size > 0) schedule();
  });
  const watched = new WeakSet<Node>();
  const watch = (target: Node): void => {
    if (watched.has(target)) return;
    watched.add(target);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
  };
  watch(document);
  for (const sr of run.shadowRoots) watch(sr);

  watchNavigation(signal, checkNavigation);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return () => {
    started = true;
    schedule();
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
