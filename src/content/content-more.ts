// What the content script loads only when it is wanted (built as content-more.js, an ES
// module listed in web_accessible_resources, loaded by more-loader.ts): the card host,
// hover and the keyboard (on an on-topic page, at the reader's first pointer movement or
// term command: interaction-wake.ts), anchoring notes (when the page has notes) and the
// popup's tab requests (when the popup asks), and a run's batches of page changes (the
// first one: observers.ts). Most pages are off topic and never need any
// of it, and on a cold start compiling all of content.js at once was the one task of ours
// still past 50 ms.
import type { FaceMaker } from './card-element';
import { CardHost } from './card-host';
import { cardStepper } from './echo-pairs';
import { initHover } from './hover';
import { initKeyboard } from './keyboard';
import type { Woken } from './interaction-wake';
import type { PageRun } from './page-run';

export { movedSelectors, placeNotes } from './notes-anchor';
export { answerTabRequest } from './tab-handlers';
export { handleBatch } from './observer-batch';

/** Give the run its card host, hover and keyboard, and carry on with what woke them.
 *  `makeFace`: what fills a card (by default the card page in an iframe). */
export function startInteraction(run: PageRun, woken: Woken = { fallbackAt: 0 }, makeFace?: FaceMaker): void {
  const card = new CardHost(
    {
      onPointer: (inside) => run.onCardPointer(inside),
      onClose: () => run.closeCard(),
      onStep: cardStepper(woken, (direction) => run.onStep(direction)),
      shadowRoots: () => run.shadowRoots,
    },
    run.signal,
    run.pageDark,
    makeFace,
  );
  run.card = card;
  initHover(run, card, woken.pointer);
  initKeyboard(run, card, woken);
  if (woken.step) run.onStep(woken.step);
}
