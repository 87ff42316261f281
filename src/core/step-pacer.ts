// A step key held down auto-repeats (some 30 a second): a step on each repeat ran through
// the page's terms faster than any card could load or be read, and queued card loads the
// reader never saw. A held key steps on at a bounded pace instead, the same in the card's
// page, a card drawn in its host, the key handed off to the card, and the page's term-key
// fallback (content/term-commands.ts), so a held key goes as fast wherever the focus is.
// The card and the content script both pace with it, so it lives in the core: pure but for
// its clock (performance.now unless given one).

/** What the pacer reads of a key press (a KeyboardEvent is one). */
export interface KeyPress {
  readonly repeat: boolean;
}

/** A held key steps at most once in this long (a fresh press always steps). */
export const HELD_STEP_MS = 250;

/** Says whether a step key press may step: a fresh press always; an auto-repeat only once
 *  HELD_STEP_MS has passed since the last step, or since the pacer was made (a card drawn
 *  while the key is still held). Dropped repeats are still the caller's to swallow. */
export function stepPacer(now: () => number = () => performance.now()): (press: KeyPress) => boolean {
  let last = now();
  return (press) => {
    const t = now();
    if (press.repeat && t - last < HELD_STEP_MS) return false;
    last = t;
    return true;
  };
}
