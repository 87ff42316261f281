// Hover, the keyboard and the card come with content-more.js, which an on-topic page loads
// only when the reader reaches for them: the first pointer movement, a next/previous-term
// command (or its fallback keys), the popup's "show me". A reader who only reads never
// pays for it (Page Previews loads its code on first hover the same way). What woke it is
// handed on once it is in: where the pointer is now, the step asked for, the fallback
// press to tell a command's echo by.
import type { Mark } from './hit-test';
import type { ContentMore } from './more-loader';
import type { PageRun } from './page-run';
import { listenForSteps, type FallbackClock, type Step } from './term-commands';

/** What happened before content-more.js took over. */
export interface Woken extends FallbackClock {
  pointer?: { x: number; y: number };
  step?: Step;
}

/** Listens for the reader's first reach on `run` and then starts its interaction. The run's
 *  reveal/onStep hooks wake it too, so the popup's "show me" works before any of it.
 *  `pointer`: where the pointer already moved while the page was being matched (last-pointer.ts):
 *  that reach wakes it at once, and hover starts there (a pointer at rest on a term gets its
 *  card after the usual delay, without moving again). */
export function wakeOnInteraction(run: PageRun, load: () => Promise<ContentMore>, pointer?: { x: number; y: number } | null): void {
  const listening = new AbortController();
  const { signal } = listening;
  const woken: Woken = { fallbackAt: 0 };
  let started: Promise<void> | null = null;
  const start = (): Promise<void> => {
    started ??= load().then(
      (more) => {
        listening.abort();
        if (!run.signal.aborted) more.startInteraction(run, woken);
      },
      (err: unknown) => {
        started = null; // tried again at the next reach
        console.warn('Backstory: hover and keyboard could not load', err);
      },
    );
    return started;
  };
  // A retracted step (term-commands.ts) needs no taking back here: only the last step asked is taken.
  const ask = (step: Step): void => {
    woken.step = step;
    void start();
  };

  document.addEventListener(
    'pointermove',
    (e) => {
      woken.pointer = { x: e.clientX, y: e.clientY };
      void start();
    },
    { passive: true, signal },
  );
  listenForSteps(ask, woken, signal);
  run.signal.addEventListener('abort', () => listening.abort());
  run.onStep = ask;
  const reveal = (mark: Mark): void => {
    void start().then(() => {
      if (run.reveal !== reveal) run.reveal(mark); // the keyboard's, once started
    });
  };
  run.reveal = reveal;
  if (pointer) {
    woken.pointer = pointer;
    void start();
  }
}
