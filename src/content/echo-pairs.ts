// A term key press the page heard (the in-page fallback stepped on it) may also reach the
// background as the browser's command, whose message comes back later: the same press, to
// be stepped once. A fixed window after the fallback step (500 ms) told them apart by when
// the message arrived, which a loaded machine or a background waking up can push past any
// such window; the press then stepped twice. Each press now owes at most one echo, of its
// own direction, which the next command of that direction pays; a browser that never
// echoes (headless, the shortcut rebound) leaves it owed only until ECHO_LIFETIME_MS.
// A command pays only for a press of the keys it is bound to now (the background reads
// them: background/command-keys.ts): one the reader rebound to other keys, pressed within
// the lifetime of a press the browser never echoed, was taken for its echo and lost.
// A press in the card's own document (card/main.tsx) owes an echo too: no content script
// heard it, the card tells its host, a held repeat its pace dropped as well.
// A press stepped against the command its key is bound to (the reader swapped J and K) is
// paid all the same, and says which way it went: its command then takes it back
// (fallback-bindings.ts).
import { boundStep, type KeyOf } from './fallback-bindings';
import type { FallbackClock, Step } from './term-commands';

/** How long a press's echo stays owed: far past any message's trip, short enough that a
 *  rebound shortcut used after pressing the default keys is not taken for their echo. */
export const ECHO_LIFETIME_MS = 3000;

/** Notes a fallback press of `key` at `now` that stepped `took` (the key's default way
 *  unless told): its command, if the browser sends one too, is its echo. */
export function oweEcho(clock: FallbackClock, key: KeyOf, now: number, took: Step = key): void {
  if (now - clock.fallbackAt >= ECHO_LIFETIME_MS) clock.owed = [];
  clock.fallbackAt = now;
  (clock.owed ??= []).push({ key, took });
}

/** Whether a command arriving at `now` that echoes a press of `key` is the echo of a press
 *  already stepped (it is then paid): the way that press stepped, or 0 for none. */
export function takeEcho(clock: FallbackClock, key: KeyOf, now: number): Step | 0 {
  const owed = clock.owed;
  if (!owed || owed.length === 0) return 0;
  if (now - clock.fallbackAt >= ECHO_LIFETIME_MS) {
    owed.length = 0;
    return 0;
  }
  const at = owed.findIndex((o) => o.key === key);
  if (at < 0) return 0;
  return owed.splice(at, 1)[0]!.took;
}

/** The fallback press a command may echo: one of the keys the background says it is bound
 *  to now (`keys`: 'J' or 'K' for Alt+Shift+J/K, null for any others, which the fallback
 *  never hears); where it did not say, a press of the command's own direction. */
export function echoedStep(keys: unknown, step: Step): Step | 0 {
  if (keys === undefined) return step;
  return keys === 'J' ? 1 : keys === 'K' ? -1 : 0;
}

/** What a card's next/previous does (card-host.ts's onStep): `onStep`, and a step the card
 *  took on a term shortcut owes that command's echo like a fallback press, and goes the way
 *  the commands last said that key is bound, as the fallback's does: the card names it by
 *  its default way, and where the reader swapped them each press in the card stepped back,
 *  opening the wrong term's card, before its echo took that back. */
export function cardStepper(clock: FallbackClock, onStep: (step: Step) => void): (step: Step, termKey: boolean, dropped?: boolean) => void {
  return (step, termKey, dropped = false) => {
    const took = termKey ? boundStep(clock, step) : step;
    if (termKey) oweEcho(clock, step, Date.now(), took);
    // A held key's repeat the card's pace dropped owes its echo with no step, as the page's
    // own fallback's does (term-commands.ts): a browser sending the command on each repeat
    // would otherwise step on every one, the pace undone.
    if (!dropped) onStep(took);
  };
}
