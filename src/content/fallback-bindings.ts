// Which way the in-page fallback (term-commands.ts) steps on Alt+Shift+J and Alt+Shift+K.
// The reader may swap next- and previous-term between the two in the browser, and a browser
// that lets the page hear the key as well as sending the command had the fallback step the
// default way, its echo paid and so dropped: the press went against the reader's choice.
// Each command's message says which of the keys it is bound to now (background/
// command-keys.ts); that is remembered here, so the next press goes the bound way, and the
// first one, stepped before anything was said, is taken back by its echo (term-commands.ts).
import type { FallbackClock, Step } from './term-commands';

/** A fallback key named by its default direction: 1 for J (next), -1 for K (previous). */
export type KeyOf = Step;

/** The way a press of `key` steps: the command it was last said to be bound to, else its default. */
export function boundStep(clock: FallbackClock, key: KeyOf): Step {
  return clock.bound?.[key === 1 ? 'J' : 'K'] ?? key;
}

/** Notes what a command for `step` says of its keys (`keys`: 'J', 'K', null for others,
 *  undefined where the background could not tell). */
export function learnBinding(clock: FallbackClock, keys: unknown, step: Step): void {
  if (keys === undefined) return;
  const bound = (clock.bound ??= {});
  // The command is on one set of keys: any key it was on before is free again.
  if (bound.J === step) delete bound.J;
  if (bound.K === step) delete bound.K;
  if (keys === 'J' || keys === 'K') bound[keys] = step;
}
