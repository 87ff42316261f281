// What the frame hears from outside its runs: the background's pushes (a library change
// restarts the run, a settings change reaches it in place where it can, changed notes are
// anchored again) and, in the top frame, the popup's tab/* requests, answered whatever the
// run's state (tab/where and tab/reread here, the rest by content-more.js's tab-handlers.ts,
// loaded when the popup first asks).
import { isTabRequestEnvelope, type PageRunState, type TabReplyEnvelope } from '../messaging/tab-contract';
import { runtime } from '../platform/runtime';
import { loadMore } from './more-loader';
import type { PageRun } from './page-run';
import { paintRun } from './paint-run';
import { followSettingsChange, type LiveSettings } from './settings-apply';
import type { TabContext } from './tab-handlers';
import type { TextMap } from './text-map';

/** The frame's run state as main.ts keeps it, read when a message comes. */
export interface FrameRuns {
  readonly isTop: boolean;
  /** The signal of the run (or the wait before one) now under way; null before the first. */
  signal(): AbortSignal | null;
  live(): LiveSettings | null;
  state(): PageRunState;
  current(): PageRun | null;
  restart(): void;
  /** The notes page/start brought are stale (the background says they changed). */
  dropStartNotes(): void;
  readPageText(): TextMap;
  refreshNotes(map: TextMap | (() => TextMap)): Promise<{ anchored: string[]; orphaned: string[] }>;
}

export function listenToBackground(frame: FrameRuns): void {
  runtime.onMessage((message: unknown) => {
    const push = (message as { backstory?: unknown } | null)?.backstory;
    const signal = frame.signal();
    if (push === 'settings-changed' && signal) void followSettingsChange(signal, () => frame.live(), () => frame.restart());
    else if (push === 'matcher-changed') frame.restart();
    else if (push === 'notes-changed' && frame.isTop) {
      frame.dropStartNotes();
      // A note placed on a page whose run did not paint (off topic) takes its scheme too.
      frame.refreshNotes(() => frame.readPageText()).then(({ anchored }) => {
        const live = frame.live();
        const now = frame.signal();
        if (anchored.length > 0 && live && now && frame.state() !== 'off') paintRun(live, now);
      }, () => undefined);
    }
    return undefined;
  });
}

export function answerTabRequests(frame: FrameRuns): void {
  const tab: TabContext = { run: () => frame.current(), readMap: () => frame.readPageText(), noteStatus: (map) => frame.refreshNotes(map) };
  runtime.onMessage((message: unknown) => {
    if (!isTabRequestEnvelope(message)) return undefined; // not ours: left to other listeners
    if (message.kind === 'tab/where') return Promise.resolve<TabReplyEnvelope>({ ok: true, res: { url: location.href, run: frame.state() } });
    if (message.kind === 'tab/reread') {
      // After the answer: the run is not the popup's to wait for (it watches the report).
      setTimeout(() => frame.restart(), 0);
      return Promise.resolve<TabReplyEnvelope>({ ok: true, res: null });
    }
    return loadMore().then(
      (more) => more.answerTabRequest(tab, message),
      (err: unknown): TabReplyEnvelope => ({ ok: false, error: `Backstory could not load its page tools: ${String(err)}` }),
    );
  });
}
