// What one page run's features share: its abort signal (one per run; aborting tears every
// listener, observer, highlight and card down), the highlighter, the card host and the
// matcher (the background's, through page/annotate). Features receive it in their init
// and hang their hooks on it. The card host comes with hover and the keyboard, which load
// when the reader first reaches for them (interaction-wake.ts): until then `card` is null.
import type { MatchChunk } from './annotate-page';
import type { CardHost } from './card-host';
import type { Highlighter } from './highlighter';
import type { Mark } from './hit-test';
import type { FrameSettings } from './settings-apply';

export interface PageRun {
  signal: AbortSignal;
  highlighter: Highlighter;
  card: CardHost | null;
  /** Annotates a slice of text (offsets from `base`); see annotate-page.ts. */
  annotate: MatchChunk;
  /** Open shadow roots read so far whose hosts are still on the page (hit-testing and
   *  observers need them; the observers drop those whose host left). */
  shadowRoots: ShadowRoot[];
  /** How long the pointer rests on a term before its card opens (the reader's setting, as
   *  the frame has it now: a change reaches the live run). */
  readonly hoverDelayMs: number;
  /** The page reads as dark (page-darkness.ts, decided once per run): the card follows it. */
  readonly pageDark: boolean;
  /** Hooks set by features. */
  onCardPointer: (inside: boolean) => void;
  onCardClosed: () => void;
  onStep: (direction: 1 | -1) => void;
  /** The observers dropped and re-read marks (the page re-made text): hover tests the
   *  resting pointer again. `changedAt`: when the batch's first change was seen
   *  (performance.now()). */
  onMarksChanged: (changedAt: number) => void;
  /** Scroll to a mark and open its card with focus (set by keyboard.ts; the popup's reveal). */
  reveal: (mark: Mark) => void;
  /** Close the card and let features know. */
  closeCard(): void;
}

export function createPageRun(signal: AbortSignal, highlighter: Highlighter, annotate: MatchChunk, shadowRoots: ShadowRoot[], settings: FrameSettings, pageDark = false): PageRun {
  const run: PageRun = {
    signal,
    highlighter,
    annotate,
    shadowRoots,
    pageDark,
    get hoverDelayMs() {
      return settings.current.hoverDelayMs;
    },
    card: null,
    onCardPointer: () => {},
    onCardClosed: () => {},
    onStep: () => {},
    onMarksChanged: () => {},
    reveal: () => {},
    closeCard() {
      run.card?.close();
      run.onCardClosed();
    },
  };
  return run;
}
