// Waits measured on the page's own clock, for checks that something does NOT happen (a card
// still open "a while later", none opened by a pointer at rest). A fixed pause in the test
// runner is the wrong clock: on a loaded machine it can end before the page's timers even
// ran, so the check passes merely because it looked too early. A page timer set now fires
// only after every timer the content script set before it with a delay as short or
// shorter (timers of one window run in order), so once it has, those have run too.
import type { Page } from 'puppeteer-core';

/** The longest of the card's own timers a check waits out: hover's grace before a card
 *  closes (GRACE_MS, 300, src/content/hover.ts), a card shown without its content
 *  (SHOW_ANYWAY_MS, 400, card-host.ts), a focused card's host leaving (100, card-element.ts). */
export const CARD_TIMERS_MS = 400;

/** Resolves once a timer of `ms` set in the page now has fired and two frames have been
 *  drawn after it (what a timer did that places the card runs at the next frame). */
export function afterPageTimers(page: Page, ms: number): Promise<void> {
  return page.evaluate(
    (delay: number) =>
      new Promise<void>((resolve) => {
        setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), delay);
      }),
    ms,
  );
}

/** Resolves once the page has drawn two frames: scroll and resize handlers (and the card's
 *  placement, which follows them at the next frame) have run. */
export function afterFrames(page: Page): Promise<void> {
  return afterPageTimers(page, 0);
}
