// What a page run waits on or watches outside its own observers: the page's first paint
// (main.ts reads no text before it), changes to the page's text while the run reads it and
// the gate answers, on a page the gate turned away what should make it ask again (text in
// shadow roots, open or closed, counted too), after a navigation in a single-page site the page
// settling on its new text, and after a failed run the time to run once more.
import { LateHosts } from './late-hosts';
import { navigationCheck, pageAddress, watchNavigation } from './observers';
import { isSkipped, isUndefinedCustomElement, readableShadowRoot, touchesText } from './text-rules';

/** The longest a run waits for the page's first paint before it reads the text. */
const PAINT_WAIT_MS = 100;

/** Once the page has painted (its first-paint entry; buffered, so at once when it already
 *  has), or after PAINT_WAIT_MS where no paint comes (a hidden tab). Asking for an animation
 *  frame instead made the page's pending first layout land in one long task after
 *  DOMContentLoaded on most cold loads of a long page. */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | null = null;
    const done = (): void => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, PAINT_WAIT_MS);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().length > 0) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      /* no paint timing here: the timer decides */
    }
  });
}

/** Characters of text directly in `root` (skipped elements — scripts, styles — left out). */
function textIn(root: ShadowRoot): number {
  let n = 0;
  for (const node of root.childNodes) {
    if (node.nodeType === 3) n += (node as Text).data.length;
    else if (node.nodeType === 1 && !isSkipped(node as Element)) n += node.textContent?.length ?? 0;
  }
  return n;
}

interface ShadowCounter {
  /** Text the records added, shadow roots' text included. */
  added(records: readonly MutationRecord[]): number;
  /** Text in the shadow roots at or under `node` not watched before; watched now. */
  shadowText(node: Node): number;
}

/** Has `observer` watch the document and its shadow roots, closed ones too (readableShadowRoot):
 *  a MutationObserver on the document sees nothing inside them, and an app may render its
 *  whole article in one (a shadow host's own textContent is empty). The roots are those `known` (read by the run)
 *  and, as records come, those of added hosts and their descendants. Undefined custom
 *  elements among those (no shadow root yet: late-hosts.ts) go to `undefinedMet`. */
function observeWithShadows(observer: MutationObserver, options: MutationObserverInit, known: readonly ShadowRoot[] = [], undefinedMet?: (elements: Element[]) => void): ShadowCounter {
  const watched = new WeakSet<ShadowRoot>();
  const met: Element[] = [];
  const newShadowText = (node: Node): number => {
    if (node.nodeType !== 1 && node.nodeType !== 11) return 0;
    let n = 0;
    const hosts = node.nodeType === 1 ? [node as Element, ...(node as Element).querySelectorAll('*')] : (node as ParentNode).querySelectorAll('*');
    for (const el of hosts) {
      const root = readableShadowRoot(el);
      if (!root && undefinedMet && isUndefinedCustomElement(el)) met.push(el);
      if (!root || watched.has(root) || isSkipped(el)) continue;
      watched.add(root);
      observer.observe(root, options);
      n += textIn(root) + newShadowText(root);
    }
    return n;
  };
  const handOn = (): void => {
    if (met.length > 0) undefinedMet?.(met.splice(0));
  };
  observer.observe(document, options);
  for (const root of known) {
    watched.add(root);
    observer.observe(root, options);
  }
  return {
    added(records) {
      let n = 0;
      for (const r of records) {
        if (!touchesText(r)) continue;
        for (const node of r.addedNodes) n += (node.textContent?.length ?? 0) + newShadowText(node);
      }
      handOn();
      return n;
    },
    shadowText(node) {
      const n = newShadowText(node);
      handOn();
      return n;
    },
  };
}

/** Watches the document for changes to its text until stop() or the run's end; take() says
 *  whether any came since the last take(), grown() how much text was added in all. Scripts,
 *  styles and iframes added or removed (analytics and ads, while a page loads) do not
 *  count: they change nothing read. The callback keeps that news: records handed to it (at
 *  the next microtask) are gone from takeRecords(). */
export function watchChanges(signal: AbortSignal): { take(): boolean; grown(): number; stop(): void } {
  let seen = false;
  let grown = 0;
  const note = (records: readonly MutationRecord[]): boolean => {
    grown += addedText(records);
    return records.some(touchesText);
  };
  const observer = new MutationObserver((records) => {
    seen = note(records) || seen;
  });
  const addedText = observeWithShadows(observer, { childList: true, subtree: true, characterData: true }).added;
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    take() {
      const any = note(observer.takeRecords()) || seen;
      seen = false;
      return any;
    },
    grown() {
      seen = note(observer.takeRecords()) || seen;
      return grown;
    },
    stop: () => observer.disconnect(),
  };
}

/** Text added to a gated-off page that makes the gate ask again: a few paragraphs. */
const REGATE_AFTER_CHARS = 1000;
/** The least time between two asks of the gate (a live page keeps adding text), doubled
 *  with each ask at the same address that found it off topic again, up to the most… */
const REGATE_MIN_MS = 1000;
const REGATE_MAX_MS = 30_000;
/** …and how long an ask waits for the page to settle once enough text came. */
const REGATE_SETTLE_MS = 200;

/** Asks in a row at one address that left the page off topic. A live page off the topic
 *  (scores, tickers, a feed) grows for good, and each ask reads the top of the page again;
 *  an app rendering its article late is caught by the first. */
const regated = { address: '', asks: 0 };

function regateGap(address: string): number {
  if (regated.address === address) regated.asks++;
  else Object.assign(regated, { address, asks: 0 });
  return Math.min(REGATE_MAX_MS, REGATE_MIN_MS * 2 ** regated.asks);
}

/** Off topic: sleep, but call `wake` on navigation or once the page has grown by a few
 *  paragraphs of text — an app that renders its article after the gate read the page, a
 *  live page — at most once a second, then less often (regateGap). Counted by text, not
 *  nodes: an app puts its whole article in at once. `run` is what happened while the gate
 *  read and answered: where the page was when the run began, how much text came since, and
 *  what the gate's read met (open shadow roots, custom elements not defined yet: one
 *  defined later may render the article into a shadow root, which no record reports). */
export function watchWhileGatedOff(signal: AbortSignal, wake: () => void, run: { from?: string; grown?: number; shadowRoots?: readonly ShadowRoot[]; undefinedElements?: readonly Element[] } = {}): void {
  const since = performance.now();
  const gap = regateGap(run.from ?? pageAddress());
  let added = run.grown ?? 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wakeUp = (): void => {
    if (!signal.aborted) wake();
  };
  const navigated = navigationCheck(wakeUp, run.from);
  const grew = (): void => {
    if (added < REGATE_AFTER_CHARS || timer !== undefined) return;
    timer = setTimeout(wakeUp, Math.max(REGATE_SETTLE_MS, since + gap - performance.now()));
  };
  // Moved on while the gate answered: the run read the page before.
  if (navigated()) return;
  grew();
  watchNavigation(signal, navigated);
  const observer = new MutationObserver((records) => {
    if (navigated()) return;
    added += shadows.added(records);
    grew();
  });
  const lateHosts = new LateHosts(signal, (host) => {
    added += shadows.shadowText(host);
    grew();
  });
  const shadows = observeWithShadows(observer, { childList: true, subtree: true }, run.shadowRoots, (met) => lateHosts.note(met));
  lateHosts.note(run.undefinedElements ?? []);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, { once: true });
}

/** A run that failed (a page/annotate message lost while the background's service worker
 *  restarted) runs once more after this long. */
const RUN_RETRY_MS = 1000;

/** After a failed run: `again` once after RUN_RETRY_MS (`retry`; the run taken down, every
 *  highlight gone, is otherwise lost until a navigation), or, after the retry failed too,
 *  sleep as on an off-topic page (`wake` on navigation or a lot of new text). Until
 *  `signal` aborts. */
export function afterFailedRun(signal: AbortSignal, retry: boolean, again: () => void, wake: () => void): void {
  if (!retry) {
    watchWhileGatedOff(signal, wake);
    return;
  }
  const timer = setTimeout(again, RUN_RETRY_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

/** A single-page site swaps its text around a navigation, often after it (a fetch): the
 *  page counts as settled when its text has not changed for quietMs, or after maxMs. */
export function whenSettled(signal: AbortSignal, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = (): void => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const observer = new MutationObserver((records) => {
      // Called for the shadow roots it watches from now on.
      if (addedText(records) === 0 && !records.some(touchesText)) return;
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    const addedText = observeWithShadows(observer, { childList: true, subtree: true, characterData: true }).added;
    quiet = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    signal.addEventListener('abort', done, { once: true });
  });
}
