// Keyboard: "next-term"/"previous-term" move through the highlighted terms in reading
// order, scroll the term itself to the middle of the window (scrollToTerm) and open its
// card with focus in it (the card is a labelled dialog, so screen readers announce it).
// Inside the focused card, J/K (or arrows) keep stepping and Escape closes, returning
// focus where it was (card-host.ts).
//
// Triggers (term-commands.ts): the manifest commands (Alt+Shift+J / Alt+Shift+K by
// default, rebindable by the user), which the background sends to the tab's frames (the
// frame holding the focus acts), and an in-page fallback for the default keys where the
// browser did not consume them. A command that echoes a press the fallback stepped on is
// ignored (echo-pairs.ts), so one press never moves twice.
import { liveRange, type Mark } from './hit-test';
import { openCard } from './hover';
import type { CardHost } from './card-host';
import { openModals, shownOverlays } from './card-layer';
import type { PageRun } from './page-run';
import { listenForHandedOffKeys } from './card-key-handoff';
import { listenForSteps, type FallbackClock, type Step } from './term-commands';
import { boxOf, centringScroll, coverTest, firstLine, pageBox, scrollersOf, termElement, type Rect } from './term-cover';

/** Whether a step may land on the term: it is laid out, not hidden by style (a closed
 *  <details> in Chromium, visibility: hidden), not made inert by a modal dialog (of
 *  `modals`, the open ones) it is not in, and not under a shown popover or fullscreen
 *  element where the step will leave it (`covered`, term-cover.ts's coverTest), where its
 *  card would close at once (a lightbox over the article, a toast over the headline). Not
 *  whether the page's own boxes lie over it now — a sticky masthead, a cookie bar, the edge
 *  of a box scrolled past it: the step scrolls it into view (termBox's occlusion test
 *  skipped such terms, and with them the first term of a page scrolled under its masthead). */
export function isVisible(mark: Mark, modals: readonly Element[] = [], covered: (node: Node, line: Rect) => boolean = () => false): boolean {
  if (mark.dead) return false;
  const line = firstLine(liveRange(mark).getClientRects());
  const node = mark.range.startContainer;
  const el = node.parentElement;
  if (!line || (modals.length > 0 && !modals.some((m) => m.contains(node)))) return false;
  if (covered(node, line)) return false;
  return el === null || typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
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

/** Scroll the term itself, its first line, to the middle of each box it scrolls in
 *  (innermost first) and then of the window, as term-cover.ts's landing() foresees; not its
 *  element, whose middle may lie a window away from the term in a long paragraph. Each box
 *  scrolls from where the term is after the one inside it scrolled. */
export function scrollToTerm(range: Range): void {
  const el = termElement(range.startContainer);
  if (!el) return;
  const { boxes, page } = scrollersOf(el);
  for (const box of page ? [...boxes.map(boxOf), null] : boxes.map(boxOf)) {
    const line = firstLine(range.getClientRects());
    if (!line) {
      // Not laid out after all (isVisible said it was): the element, as near as can be.
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      return;
    }
    // The window's port is read only now: the boxes inside it may have moved the term.
    const { el: target, port, scaleX, scaleY } = box ?? pageBox();
    const { dx, dy } = centringScroll(line, port);
    if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) continue;
    // Instant even where the page scrolls smoothly: the card opens beside the term where it
    // is once the stash answers, and a term still on its way there closes it.
    const to: ScrollToOptions = { left: dx / scaleX, top: dy / scaleY, behavior: 'instant' };
    if (target) target.scrollBy(to);
    else window.scrollBy(to);
  }
}

/** `clock`: when a fallback key press last stepped (one may have woken this code). */
export function initKeyboard(run: PageRun, card: CardHost, clock: FallbackClock = { fallbackAt: 0 }): void {
  const { signal, highlighter } = run;
  let current: Mark | null = null;

  const reveal = (mark: Mark): void => {
    current = mark;
    scrollToTerm(liveRange(mark));
    openCard(card, mark, true);
  };
  // Whether the last step began at no term: taking it back (term-commands.ts's retract)
  // returns there, not one term further.
  let fromNothing = false;
  const target = (direction: Step): Mark | null => {
    const marks = highlighter.marks;
    const from = current && !current.dead ? marks.indexOf(current) : -1;
    const modals = openModals();
    const covered = coverTest(shownOverlays((el) => card.owns(el), run.shadowRoots));
    const i = stepIndex(marks, from, direction, (m) => isVisible(m, modals, covered));
    return i >= 0 ? marks[i]! : null;
  };
  const step = (direction: Step, retract = false): void => {
    if (retract) current = fromNothing ? null : (target(direction) ?? current);
    fromNothing = current === null || current.dead === true;
    const mark = target(direction);
    if (mark) reveal(mark);
  };
  run.onStep = step;
  // The popup's "show me" (tab/reveal) goes the keyboard's way: J/K then step on from there.
  run.reveal = reveal;

  listenForSteps(step, clock, signal);
  // J/K the page heard while its focus was on the card, before the card's frame had it.
  listenForHandedOffKeys(() => card.isOpen && document.activeElement !== null && card.owns(document.activeElement), step, signal);
}
