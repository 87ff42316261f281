// Content script (every http(s) frame, document_idle). One page run at a time, each with
// its own AbortController; navigation in a single-page site, a library change pushed by the
// background, or a settings change a live run cannot take in place (settings-apply.ts),
// aborts it and starts afresh; a run that fails runs once more. Evaluating this script does
// nothing but schedule boot() (see there).
//
//   start ─ CSS.highlights missing? → one console note, stop
//     │  page/start (background) settings, and this page's notes (top frame)
//     │                site off → stop (no highlight at all); the top frame has the
//     │                tab's report dropped (page/site-off): the popup says the site is off
//     │  settings-colours.ts  the user's colours, adopted as a stylesheet (no page node),
//     │                after page-scheme.ts's palette for a page darker or lighter than the system
//     │  text-map.ts   read visible text in 5 ms slices (flat tree, offsets → nodes), at
//     │                first only as far as the gate reads (GATE_READ characters)
//     │  page/topic (background) the gate scores the title and the text's first chunk;
//     │                off-topic (threshold moved by the sensitivity setting) → stop (the
//     │                gate kept the report), only the navigation/growth watch stays;
//     │                on-topic → the answer also holds that chunk's annotations, and the
//     │                rest is read
//     │  notes-layer.ts (top frame) this page's notes anchored → backstory-note (an
//     │                off-topic page reads its whole text only when it has notes)
//     │  annotate-page.ts + highlighter.ts   the background matches the text in large chunks
//     │                (page/annotate, off this thread) → Highlight ranges of the kinds
//     │                switched on (settings-apply.ts; a change of the kinds, colours or
//     │                hover delay reaches the live run in place)
//     ├─ content-more.js (content-more.ts, loaded at the reader's first pointer movement,
//     │    term command or "show me": interaction-wake.ts): card-host.ts, and
//     │    hover.ts    pointer rest (the hover-delay setting) → hit-test.ts → card
//     │    keyboard.ts next/previous term commands → scroll, card with focus
//     ├─ observers.ts  added/changed/removed text, SPA navigation → restart
//     └─ page/report   topic and run id; the background adds what it found (top frame,
//                      on-topic: an off-topic page's report came with the gate's answer)
//   frame-listeners.ts: the background's pushes; the popup's tab/* requests (top frame),
//   whatever the run's state: tab/where and tab/reread there, the rest by tab-handlers.ts
//   (in content-more.js). run-report.ts: page/report; when-shown.ts: when boot() runs.
//
// Page prototype overrides (Node.prototype, Array.prototype…) do not reach this code: in
// both Chrome and Firefox content scripts run in an isolated world with their own copies
// of the built-ins and DOM wrappers (Chrome "isolated worlds", Firefox Xray vision), so a
// page replacing Array.prototype.push or Node.prototype.appendChild changes only its own.
import { DEFAULT_SETTINGS, type Note } from '../core/records';
import { unpackAnnotations } from '../messaging/packed-annotations';
import { send } from '../messaging/send';
import type { PageRunState } from '../messaging/tab-contract';
import { annotateInChunks, firstChunk, GATE_READ, REMOTE, yieldToPage, type MatchChunk } from './annotate-page';
import { highlightRegistry } from './registered-highlights';
import { NotesLayer } from './notes-layer';
import { wakeOnInteraction } from './interaction-wake';
import { lastPointer, trackPointer } from './last-pointer';
import { initObservers, pageAddress } from './observers';
import { loadMore } from './more-loader';
import { createPageRun, type PageRun } from './page-run';
import { enabledKinds, type FrameSettings, KindFilteredHighlighter, LiveSettings, loadStart, siteIsOff } from './settings-apply';
import { paintRun } from './paint-run';
import { answerTabRequests, listenToBackground, type FrameRuns } from './frame-listeners';
import { pageReport, runId, sendReport } from './run-report';
import { whenShown } from './when-shown';
import { afterFailedRun, afterFirstPaint, watchChanges, watchWhileGatedOff, whenSettled } from './page-watch';
import { readTextMap, readTextMapInSlices, SlicedReader, type TextMap } from './text-map';

/** After a navigation, the page counts as settled when its text is this long unchanged… */
const SETTLE_QUIET_MS = 200;
/** …or after this long in any case (a live page never stops). */
const SETTLE_MAX_MS = 2000;
/** Reading the page's text hands the thread back this often. */
const READ_SLICE_MS = 5;
/** Sliced reads again while the page keeps changing under them, before one read at once. */
const READ_RETRIES = 2;

const isTop = window === window.top;
let controller: AbortController | null = null;
/** Where the top frame's run is, for the popup (tab/where): a page with no report in the
 *  background is still being read, or was read and its report let go. */
let runState: PageRunState = 'reading';
/** The current on-topic run (tab/reveal needs its marks). */
let current: PageRun | null = null;
/** The settings this frame goes by (each run's page/start, then changes taken in place). */
const settings: FrameSettings = { current: DEFAULT_SETTINGS };
/** What the run applied its settings to (null until its page/start answered). */
let live: LiveSettings | null = null;
const notes = new NotesLayer(highlightRegistry());

function readPageText(): TextMap {
  return readTextMap(document.body ?? document.documentElement, { exclude: current?.card?.element ?? null });
}

/** This page's notes as the run's first request (page/start) found them; dropped when the
 *  background says they changed since. */
let startNotes: Note[] | null = null;

/** Anchor this page's notes on `map` (or on what it reads, only when there are notes to
 *  place); drawn unless Backstory is off on this site. The notes come with page/start
 *  (`known`) or are asked for. */
function refreshNotes(map: TextMap | (() => TextMap), known: Note[] | null = null): Promise<{ anchored: string[]; orphaned: string[] }> {
  return notes.refresh(map, !siteIsOff(settings.current, location.hostname), location.href, known ?? undefined);
}

/** After a navigation in a single-page site: the run it leaves stops now (its observers
 *  would match the next page's text with this page's answer), and the fresh one, topic gate
 *  and all, waits for the page to settle; read at once, it often read the page it left. */
function restartAfterNavigation(): void {
  controller?.abort();
  current = live = null;
  runState = 'reading';
  const waiting = (controller = new AbortController());
  void whenSettled(waiting.signal, SETTLE_QUIET_MS, SETTLE_MAX_MS).then(() => {
    if (!waiting.signal.aborted) restart();
  });
}

/** A fresh run; one that fails runs once more (`retry`: see afterFailedRun), never again. */
function restart(retry = true): void {
  controller?.abort();
  current = live = null;
  runState = 'reading';
  const failed = (controller = new AbortController());
  run(failed.signal).catch((err: unknown) => {
    if (failed.signal.aborted) return;
    console.warn('Backstory:', err);
    // Take down what the run had set up; run once more, or sleep.
    failed.abort();
    current = live = null;
    afterFailedRun((controller = new AbortController()).signal, retry, () => restart(false), restartAfterNavigation);
  });
}

async function run(signal: AbortSignal): Promise<void> {
  const registry = highlightRegistry();
  if (!registry) {
    console.info('Backstory: this browser has no CSS Custom Highlight API; nothing is highlighted.');
    return;
  }
  const from = pageAddress();
  // The page renders first: at document_idle its first layout and paint may still be due,
  // and reading the text now would push them (tens of ms on a long page) behind our work.
  const rendered = afterFirstPaint();
  const start = await loadStart(isTop ? location.href : undefined);
  // A run aborted meanwhile may hear back after the run that replaced it: its answer is older.
  if (signal.aborted) return;
  settings.current = start.settings;
  startNotes = start.notes;
  const applied = (live = new LiveSettings(settings, location.hostname));
  await rendered;
  if (signal.aborted) return;
  if (siteIsOff(applied.settings, location.hostname)) {
    notes.clear();
    // The report of the run before (turned off while the page was open) lists terms no
    // longer drawn here. Turned on again, this frame runs afresh (LiveSettings.update).
    if (isTop) send('page/site-off', { url: location.href }).catch(() => undefined);
    runState = 'off';
    return;
  }
  const root = document.body ?? document.documentElement;
  // The page may change while its text is read and the gate answers, before the run's own
  // observers start: text added then would be in neither the map nor their records.
  const changes = watchChanges(signal);
  // Read in slices: on a cold start (the browser and the background starting on the other
  // core) one read of a long page ran 20–35 ms wall, and with the turn around it past 50.
  // And only as far as the gate reads at first: most pages are off topic.
  const reader = new SlicedReader(root, {}, READ_SLICE_MS, yieldToPage);
  const readAll = await reader.readTo(GATE_READ);
  if (signal.aborted) {
    changes.stop();
    return;
  }
  const head = reader.map;
  // The top frame names its run, so the background keeps what it found for the report.
  let run = isTop ? runId() : undefined;
  // The gate reads the first chunk, and on an on-topic page its answer brings that chunk's
  // annotations too.
  // Off topic, the top frame's report is kept with the gate's answer (reportUrl).
  const reportUrl = isTop ? location.href : undefined;
  const { first, ...topic } = await send('page/topic', { title: document.title, text: firstChunk(head.text), sensitivity: applied.settings.topicSensitivity, annotate: true, run, reportUrl });
  if (signal.aborted) {
    changes.stop();
    return;
  }
  if (!topic.onTopic) {
    runState = 'done'; // its report was kept with the gate's answer
    const grown = changes.grown();
    changes.stop();
    // Notes need the whole text, only where there are notes to place.
    if (isTop && startNotes?.length) paintRun(applied, signal);
    if (isTop) refreshNotes(readAll ? head : readPageText, startNotes).catch((err: unknown) => console.warn('Backstory: notes', err));
    watchWhileGatedOff(signal, restartAfterNavigation, { from, grown, shadowRoots: head.shadowRoots, undefinedElements: head.undefinedElements });
    return;
  }
  // A walk over a tree changed between slices may miss or repeat text: read it again, in
  // slices while the page is still settling (ads, late paragraphs), then at once. What the
  // gate's answer matched is then not this text: a fresh run from the start. A tree that
  // changed before the rest was read is not read on first: that walk would be thrown away.
  let stale = changes.take();
  if (!stale && !readAll) {
    await reader.readTo();
    stale = changes.take();
  }
  let map = reader.map;
  for (let tries = 1; stale && !signal.aborted; tries++) {
    map = tries > READ_RETRIES ? readTextMap(root) : await readTextMapInSlices(root, {}, READ_SLICE_MS, yieldToPage);
    if (tries > READ_RETRIES || !changes.take()) break;
  }
  if (stale && isTop) run = runId();
  changes.stop();
  if (signal.aborted) return;
  if (isTop) refreshNotes(map, startNotes).catch((err: unknown) => console.warn('Backstory: notes', err));
  // Painted from `applied`, not the settings the run began with: a change of colours or kinds
  // while the page was read and matched was written into it in place.
  const pageDark = paintRun(applied, signal);
  const highlighter = (applied.highlighter = new KindFilteredHighlighter(registry, enabledKinds(applied.settings)));
  signal.addEventListener('abort', () => highlighter.dispose());
  const annotate: MatchChunk = (text, base) => send('page/annotate', { text, base }).then(unpackAnnotations);
  const page = createPageRun(signal, highlighter, annotate, map.shadowRoots, settings, pageDark);
  // Observe from the start so nothing added during matching is missed; batches wait their turn.
  const beginObserving = initObservers(page, restartAfterNavigation, from, map.undefinedElements);
  const annotateRun: MatchChunk = (text, base) => send('page/annotate', { text, base, run }).then(unpackAnnotations);
  highlighter.expect(map);
  const known = !stale && first ? unpackAnnotations(first) : undefined;
  await annotateInChunks(map.text, annotateRun, (a) => highlighter.add(map, a), signal, { ...REMOTE, first: known });
  if (signal.aborted) return;
  beginObserving();
  current = page;
  if (isTop) sendReport(pageReport(topic, run, pageDark), signal, () => (runState = 'done'));
  // The card, hover and the keyboard come with content-more.js, loaded when the reader
  // first reaches for them.
  wakeOnInteraction(page, loadMore, lastPointer());
}

/** Everything but compiling this script, in a task of its own: on a cold start compiling
 *  it takes 4–6 ms of CPU and the first touch of the extension API (listeners, the first
 *  message) 3–5 ms more, and with the browser and the background starting on the other
 *  core the one task they made ran 56–94 ms wall. */
function boot(): void {
  trackPointer();
  const frame: FrameRuns = {
    isTop,
    signal: () => controller?.signal ?? null,
    live: () => live,
    state: () => runState,
    current: () => current,
    restart: () => restart(),
    dropStartNotes: () => (startNotes = null),
    readPageText,
    refreshNotes: (map) => refreshNotes(map),
  };
  listenToBackground(frame);
  if (isTop) answerTabRequests(frame);
  restart();
}

whenShown(boot);
