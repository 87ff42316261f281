// A term key press the page heard (the in-page fallback stepped on it) may also reach the
// background as the browser's command, whose message comes back later: the same press, to
// be stepped once. A fixed window after the fallback step (500 ms) told them apart by when
// the message arrived, which a loaded machine or a background waking up can push past any
// such window; the press then stepped twice. Each press now owes at most one echo, of its
// own direction, which the next command of that direction pays; a browser that never
// echoes (headless, the shortcut rebound) leaves it owed only until ECHO_LIFETIME_MS.
// A press in the card's own document (card/main.tsx) owes an echo too: no content script
// heard it, the card tells its host.
import type { FallbackClock, Step } from './term-commands';

/** How long a press's echo stays owed: far past any message's trip, short enough that a
 *  rebound shortcut used after pressing the default keys is not taken for their echo. */
export const ECHO_LIFETIME_MS = 3000;

/** Notes a fallback step at `now`: its command, if the browser sends one too, is its echo. */
export function oweEcho(clock: FallbackClock, step: Step, now: number): void {
  if (now - clock.fallbackAt >= ECHO_LIFETIME_MS) clock.owed = [];
  clock.fallbackAt = now;
  (clock.owed ??= []).push(step);
}

/** Whether a command for `step` arriving at `now` is the echo of a press already stepped
 *  (it is then paid). */
export function takeEcho(clock: FallbackClock, step: Step, now: number): boolean {
  const owed = clock.owed;
  if (!owed || owed.length === 0) return false;
  if (now - clock.fallbackAt >= ECHO_LIFETIME_MS) {
    owed.length = 0;
    return false;
  }
  const at = owed.indexOf(step);
  if (at < 0) return false;
  owed.splice(at, 1);
  return true;
}

/** What a card's next/previous does (card-host.ts's onStep): `onStep`, and a step the card
 *  took on a term shortcut owes that command's echo like a fallback press. */
export function cardStepper(clock: FallbackClock, onStep: (step: Step) => void): (step: Step, termKey: boolean) => void {
  return (step, termKey) => {
    if (termKey) oweEcho(clock, step, Date.now());
    onStep(step);
  };
}
