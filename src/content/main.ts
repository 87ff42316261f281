// Content script (every http(s) frame, document_idle). One page run at a time, each with
// its own AbortController; navigation in a single-page site aborts it and starts afresh.
//
//   start ─ CSS.highlights missing? → one console note, stop
//     │  matcher/get (background)            the compact matcher + topic profile
//     │  text-map.ts   read visible text once (flat tree, offsets → nodes)
//     │  topic-gate.ts off-topic → stop; only the navigation/growth watch stays
//     │  annotate-page.ts + highlighter.ts   match in yielding chunks → Highlight ranges
//     ├─ hover.ts      pointer rest → hit-test.ts → card-host.ts (card.html iframe)
//     ├─ keyboard.ts   next/previous term commands → scroll, card with focus
//     ├─ observers.ts  added/changed/removed text, SPA navigation → restart
//     └─ page/report   what was found, for the popup (top frame only)
//
// Page prototype overrides (Node.prototype, Array.prototype…) do not reach this code: in
// both Chrome and Firefox content scripts run in an isolated world with their own copies
// of the built-ins and DOM wrappers (Chrome "isolated worlds", Firefox Xray vision), so a
// page replacing Array.prototype.push or Node.prototype.appendChild changes only its own.
import { compileMatcher } from '../core/matcher';
import { annotateText } from '../core/annotate';
import type { PageAnnotation } from '../core/types';
import { send } from '../messaging/send';
import { annotateInChunks } from './annotate-page';
import { Highlighter, highlightRegistry } from './highlighter';
import { initHover } from './hover';
import { initKeyboard } from './keyboard';
import { initObservers, watchNavigation } from './observers';
import { createPageRun } from './page-run';
import { readTextMap } from './text-map';
import { scorePage } from './topic-gate';

/** Added elements after which an off-topic page is scored again (content loaded late). */
const REGATE_AFTER_ADDED = 25;
const REGATE_MIN_MS = 2000;

let controller: AbortController | null = null;

function restart(): void {
  controller?.abort();
  controller = new AbortController();
  run(controller.signal).catch((err: unknown) => {
    if (!controller?.signal.aborted) console.warn('Backstory:', err);
  });
}

/** Off-topic: sleep, but wake on navigation or when the page grows a lot (late content). */
function watchWhileGatedOff(signal: AbortSignal): void {
  const href = location.href;
  let added = 0;
  let last = performance.now();
  const wake = (): void => {
    if (!signal.aborted) restart();
  };
  watchNavigation(signal, () => {
    if (location.href !== href) wake();
  });
  const observer = new MutationObserver((records) => {
    if (location.href !== href) return wake();
    for (const r of records) added += r.addedNodes.length;
    if (added >= REGATE_AFTER_ADDED && performance.now() - last >= REGATE_MIN_MS) {
      added = 0;
      last = performance.now();
      wake();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

async function run(signal: AbortSignal): Promise<void> {
  const registry = highlightRegistry();
  if (!registry) {
    console.info('Backstory: this browser has no CSS Custom Highlight API; nothing is highlighted.');
    return;
  }
  const pkg = await send('matcher/get', {});
  if (signal.aborted) return;
  const root = document.body ?? document.documentElement;
  const map = readTextMap(root);
  const topic = scorePage(pkg.topic, document.title, map.text);
  if (!topic.onTopic) {
    watchWhileGatedOff(signal);
    return;
  }
  const matcher = compileMatcher(pkg);
  const highlighter = new Highlighter(registry);
  signal.addEventListener('abort', () => highlighter.dispose());
  const page = createPageRun(signal, highlighter, matcher, map.shadowRoots);
  // Observe from the start so nothing added during matching is missed; batches wait their turn.
  const beginObserving = initObservers(page, restart);
  const found: PageAnnotation[] = [];
  await annotateInChunks(map.text, (chunk, base) => annotateText(matcher, chunk, base), (a) => {
    highlighter.add(map, a);
    if (found.length < 2000) found.push(...a);
  }, signal);
  if (signal.aborted) return;
  beginObserving();
  initHover(page);
  initKeyboard(page);
  if (window === window.top) {
    send('page/report', { url: location.href, title: document.title, topic, annotations: found }).catch(() => undefined);
  }
}

restart();
