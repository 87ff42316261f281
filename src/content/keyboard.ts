// Keyboard: "next-term"/"previous-term" move through the highlighted terms in reading
// order, scroll the term into view and open its card with focus in it (the card is a
// labelled dialog, so screen readers announce it). Inside the focused card, J/K (or
// arrows) keep stepping and Escape closes, returning focus where it was.
//
// Triggers:
// - the manifest commands (Alt+Shift+J / Alt+Shift+K by default, rebindable by the user):
//   the background sends {backstoryCommand: 'next-term' | 'previous-term'} to the tab's
//   frames; the frame holding the focus acts.
// - an in-page fallback for the default keys: a *trusted* Alt+Shift+J/K keydown. Browsers
//   consume a key bound to a command before the page sees it, so this fires only where the
//   command did not (headless test browsers, a shortcut the browser left unassigned because
//   of a clash). A command arriving right after a fallback step is ignored, so one press
//   never moves twice. Synthetic (untrusted) events from the page are ignored.
import { runtime } from '../platform/runtime';
import type { Mark } from './hit-test';
import { openCard, termBox } from './hover';
import type { CardHost } from './card-host';
import type { PageRun } from './page-run';

const DEDUP_MS = 500;

export function isVisible(mark: Mark): boolean {
  return termBox(mark) !== null;
}

/** Index of the next visible mark after `from` in `direction` (wrapping), or -1. */
export function stepIndex(marks: readonly Mark[], from: number, direction: 1 | -1, visible: (m: Mark) => boolean = isVisible): number {
  const n = marks.length;
  if (n === 0) return -1;
  let i = from < 0 ? (direction === 1 ? -1 : n) : from;
  for (let tries = 0; tries < n; tries++) {
    i = (i + direction + n) % n;
    if (visible(marks[i]!)) return i;
  }
  return -1;
}

/** Whether this frame should act on a command sent to every frame of the tab. */
function frameHoldsFocus(): boolean {
  if (!document.hasFocus()) return window === window.top; // nobody focused (headless): the top frame
  return !(document.activeElement instanceof HTMLIFrameElement);
}

export function initKeyboard(run: PageRun, card: CardHost): void {
  const { signal, highlighter } = run;
  let current: Mark | null = null;
  let returnFocus: Element | null = null;
  let lastFallback = 0;

  const reveal = (mark: Mark): void => {
    current = mark;
    if (!card.isOpen) returnFocus = document.activeElement;
    const el = mark.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    openCard(card, mark, true);
  };
  const step = (direction: 1 | -1): void => {
    const marks = highlighter.marks;
    const from = current && !current.dead ? marks.indexOf(current) : -1;
    const i = stepIndex(marks, from, direction);
    if (i >= 0) reveal(marks[i]!);
  };
  run.onStep = step;
  // The popup's "show me" (tab/reveal) goes the keyboard's way: J/K then step on from there.
  run.reveal = reveal;

  const prevClosed = run.onCardClosed;
  run.onCardClosed = () => {
    prevClosed();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const onCommand = (message: unknown): undefined => {
    const command = (message as { backstoryCommand?: unknown } | null)?.backstoryCommand;
    if (command !== 'next-term' && command !== 'previous-term') return undefined;
    if (Date.now() - lastFallback < DEDUP_MS || !frameHoldsFocus()) return undefined;
    step(command === 'next-term' ? 1 : -1);
    return undefined;
  };
  const stopListening = runtime.onMessage(onCommand);
  signal.addEventListener('abort', stopListening);

  document.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const direction = e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
      if (direction === 0) return;
      e.preventDefault();
      lastFallback = Date.now();
      step(direction);
    },
    { capture: true, signal },
  );
}
