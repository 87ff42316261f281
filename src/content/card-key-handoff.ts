// A J/K the page itself hears while its focus is on the card's host. A card opened by the
// keyboard takes the focus by focusing its frame; the page's focus is on the host at once,
// but the frame's document gets it asynchronously (in Chromium another process), and a key
// pressed meanwhile (a reader pressing J right after the card opened, or the browser still
// routing keys to the page) reaches the page, not the card, and was lost. It is the card's
// key: step as the card would have. Plain keys only: Alt+Shift+J/K are the term fallback's
// (term-commands.ts), and Escape is hover.ts's (it closes the card wherever the focus is).
import { cardKeyStep } from '../card/card-keys';
import { stepPacer } from '../core/step-pacer';
import type { Step } from './term-commands';

/** The step a key the page heard asks of the card holding the page's focus, or 0: a
 *  trusted J/K/N/P with no modifier (a page's synthetic events, and its own shortcuts with
 *  modifiers, are the page's). */
export function handedOffStep(e: KeyboardEvent): Step | 0 {
  if (!e.isTrusted || e.altKey || e.ctrlKey || e.metaKey) return 0;
  return cardKeyStep(e);
}

/** Calls `onStep` for each such key while `cardHasFocus()` (the page's focus is on a card
 *  host of ours), until `signal` aborts. */
export function listenForHandedOffKeys(cardHasFocus: () => boolean, onStep: (step: Step) => void, signal: AbortSignal): void {
  const mayStep = stepPacer(); // a held key steps on at a bounded pace, as in the card
  window.addEventListener(
    'keydown',
    (e) => {
      if (!cardHasFocus()) return;
      const step = handedOffStep(e);
      if (step === 0) return;
      e.preventDefault();
      e.stopPropagation();
      if (mayStep(e)) onStep(step);
    },
    { capture: true, signal },
  );
}
