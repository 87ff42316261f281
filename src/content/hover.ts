// Hover: rest the pointer on a highlighted term for the user's hover delay (the setting,
// 350 ms by default) and its card opens (Page Previews style), at once: it loaded out of
// sight while the pointer rested (PRELOAD_LEAD_MS). Moving off the term starts a
// grace period in which the pointer may travel into the card; leaving the card, Escape, a
// press elsewhere on the page, or the term scrolling away closes it.
import type { CardTarget } from '../messaging/contract';
import { paragraphBefore, sentenceAround, sentenceBefore } from '../core/sentence-around';
import type { CardHost } from './card-host';
import type { Box } from './card-placement';
import { createHitTester, liveRange, type Mark } from './hit-test';
import type { PageRun } from './page-run';
import { shownAt } from './term-cover';

export const GRACE_MS = 300;
/** How long a shown card whose term the page re-made under the resting pointer waits, past
 *  the grace, for the new mark's registration (reanchor then keeps it). */
const REMADE_WAIT_MS = 2000;
/** The card of the term the pointer rests on starts loading out of sight this long before
 *  the hover delay ends, so it shows at once then: its frame loads and lays out in ~80–100
 *  ms (measured from the delay's end before: content at +85–94 ms; now shown at +0–13). */
const PRELOAD_LEAD_MS = 250;
/** …but never sooner than this after the pointer came: passing over terms loads nothing. */
const PRELOAD_AFTER_MS = 100;

/** The stored-sentence context of a figure: the page sentence around it, offsets rebased. */
function quantityTarget(mark: Mark, focus: boolean): CardTarget | null {
  const a = mark.annotation;
  const q = a.quantity;
  if (!q || !mark.text) return null;
  const sentence = sentenceAround(mark.text, a.start, a.end);
  return {
    kind: 'quantity',
    quantity: { ...q, start: a.start - sentence.start, end: a.end - sentence.start },
    sentence: sentence.text,
    before: sentenceBefore(mark.text, sentence.start),
    earlier: paragraphBefore(mark.text, sentence.start),
    pageUrl: location.href,
    focus,
  };
}

/** The same term's card: a figure's also needs its sentence the same (its verdict may turn on it). */
function sameCard(a: Mark, b: Mark): boolean {
  const x = a.annotation;
  const y = b.annotation;
  if (x.kind !== y.kind || x.text !== y.text || x.entityId !== y.entityId) return false;
  return !x.quantity || JSON.stringify(cardTarget(a, false)) === JSON.stringify(cardTarget(b, false));
}

function cardTarget(mark: Mark, focus: boolean): CardTarget | null {
  const a = mark.annotation;
  if (a.kind === 'number' || a.kind === 'date') return quantityTarget(mark, focus);
  return { kind: 'entity', entityId: a.entityId, name: a.canonical ?? a.text, type: a.kind, pageUrl: location.href, focus };
}

/** Where the card goes by: across, the term's line nearest to a point (a term may wrap
 *  over two lines; without one, its first, where the keyboard's step judged it); up and
 *  down, all its lines, so the card covers none of them. Null when the term is gone, out of
 *  sight in a scrolled box, or under something at that line's middle (term-cover.ts).
 *  `underChrome`: a term under the page's fixed or sticky chrome (a masthead, a cookie bar)
 *  still counts as there. */
export function termBox(mark: Mark, near?: { x: number; y: number }, underChrome = false): Box | null {
  if (mark.dead) return null;
  const range = liveRange(mark);
  const rects = range.getClientRects();
  let best: DOMRect | null = null;
  let bestDistance = Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width === 0 && r.height === 0) continue;
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
    const d = near ? Math.abs(r.top + r.height / 2 - near.y) : i;
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  if (!best || !shownAt(range.startContainer, best, underChrome)) return null;
  return { left: best.left, top, width: best.width, height: bottom - top };
}

/** Open the card for a mark, anchored to it (`hidden`: out of sight until card.reveal()).
 *  One opened for the keyboard (`focus`) stays while its term is under the page's bars: the
 *  step scrolled the term as far into view as the page goes, and a term there (the last of
 *  a page ending under a cookie bar) would otherwise lose its card as soon as it opened. */
export function openCard(card: CardHost, mark: Mark, focus: boolean, near?: { x: number; y: number }, hidden = false): boolean {
  const target = cardTarget(mark, focus);
  if (!target) return false;
  card.open(target, () => termBox(mark, near, focus), { hidden, within: mark.range.startContainer }).catch((err: unknown) => console.warn('Backstory: card failed', err));
  return true;
}

/** `at`: where the pointer already is (its first movement loaded this code). */
export function initHover(run: PageRun, card: CardHost, at?: { x: number; y: number }): void {
  const { signal } = run;
  let hovered: Mark | null = null;
  let shown: Mark | null = null;
  let insideCard = false;
  let restTimer = 0;
  let preloadTimer = 0;
  /** The mark whose card is loading out of sight. */
  let preloaded: Mark | null = null;
  let hideTimer = 0;
  let pointer = { x: 0, y: 0 };
  /** The reader closed the card (Escape, a press) with the pointer resting on a term. */
  let dismissed = false;

  const hide = (): void => {
    clearTimeout(hideTimer);
    shown = null;
    card.close();
  };
  /** Since when a batch re-made text under the resting pointer (0: none), and where it rested. */
  let owedSince = 0;
  let owedAt = pointer;
  const startGrace = (): void => {
    clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (insideCard || hovered === shown) return;
      // The shown term was re-made under the resting pointer and the band holding its new
      // mark is still registering (a large page): wait for it, a while, rather than close
      // the card and load it again once it is in (reanchor keeps it then).
      if (shown?.dead && owedSince && pointer.x === owedAt.x && pointer.y === owedAt.y && performance.now() - owedSince < REMADE_WAIT_MS) startGrace();
      else hide();
    }, GRACE_MS);
  };

  /** When the pointer was last tested (performance.now()). */
  let testedAt = -Infinity;
  const tester = createHitTester(document, run.highlighter.index, () => run.shadowRoots, (mark, x, y) => {
    pointer = { x, y };
    testedAt = performance.now();
    if (mark === hovered) return;
    dismissed = false;
    hovered = mark;
    clearTimeout(restTimer);
    clearTimeout(preloadTimer);
    if (preloaded && card.isHidden) card.close();
    preloaded = null;
    if (mark && mark === shown) {
      clearTimeout(hideTimer);
      return;
    }
    // The page made the shown term anew under the pointer (a live ticker re-rendering): the
    // card stays, following the new mark, rather than closing in the grace and loading again.
    if (mark && shown?.dead && sameCard(mark, shown)) {
      shown = mark;
      clearTimeout(hideTimer);
      card.reanchor(() => termBox(mark, pointer));
      return;
    }
    if (shown || card.isOpen) startGrace();
    if (mark) {
      // Not while another card shows: the pointer may still be on its way into that one.
      const preloadAt = Math.max(PRELOAD_AFTER_MS, run.hoverDelayMs - PRELOAD_LEAD_MS);
      if (preloadAt < run.hoverDelayMs) {
        preloadTimer = window.setTimeout(() => {
          if (hovered === mark && !card.isOpen && !signal.aborted && openCard(card, mark, false, pointer, true)) preloaded = mark;
        }, preloadAt);
      }
      restTimer = window.setTimeout(() => {
        if (hovered !== mark || signal.aborted) return;
        clearTimeout(hideTimer);
        if ((preloaded === mark && card.reveal()) || openCard(card, mark, false, pointer)) shown = mark;
        preloaded = null;
      }, run.hoverDelayMs);
    }
  }, signal);

  run.onCardPointer = (inside) => {
    insideCard = inside;
    if (inside) clearTimeout(hideTimer);
    else startGrace();
  };
  run.onCardClosed = () => {
    shown = null;
    dismissed = hovered !== null;
  };
  // The page re-made the text under a resting pointer (its marks dropped and read again):
  // the pointer has not moved, so nothing tested it, and its card was for a mark now gone
  // (none opened, or one anchored to nothing). Test where it rests once more, when the old
  // marks went and again once the new ones are registered (only then are they hit-tested).
  // The first test may clear `hovered` (the new marks are not in yet): the second is owed.
  // Not after the reader closed the card there: a page re-making the term (a live ticker)
  // would open it again at each re-render, until the pointer moves.
  // Nor while the reader is in the card, by the pointer (its last position on the page is
  // stale) or by the focus (a card the keyboard opened over a resting pointer): the re-test
  // replaced it with the card of the term under an idle pointer, taking the focus away.
  // The test stays owed through every turn of the registration that follows (a band
  // registers over several turns, the term's new mark in any of them), and no longer: marks
  // registering as the reader scrolls, no page change behind them, test nothing.
  // Owed too where the last test ran after the change, on no term: the pointer came as the
  // page re-made the text and met the new nodes before their marks (Firefox's frame often
  // runs the test between the change and the batch).
  const mayTest = (): boolean => !dismissed && !insideCard && !(card.isOpen && document.activeElement !== null && card.owns(document.activeElement));
  run.onMarksChanged = (changedAt) => {
    const onTerm = hovered !== null || shown !== null;
    const owed = mayTest() && (onTerm || testedAt >= changedAt);
    // Owed past this test only where the new marks are still to register.
    owedSince = owed && run.highlighter.registering ? performance.now() : 0;
    owedAt = pointer;
    // On no term, a test before the new marks register meets nothing new (the batch only
    // dropped marks there): one test, once they are in, so a pointer moving while a ticker
    // elsewhere re-renders costs one caret test per batch.
    if (owed && (onTerm || !owedSince)) tester.again();
  };
  run.highlighter.onRegistered = (more) => {
    if (owedSince && mayTest()) tester.again();
    if (!more) owedSince = 0;
  };

  // A hidden tab forgets the pointer (hit-test.ts): a page that took the shown term away
  // meanwhile left its card over nothing once the tab showed, until the pointer moved. It
  // closes in the grace now, unless the pointer comes back onto the term (re-made, the card
  // follows it) or into the card.
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState !== 'visible' || !shown?.dead || insideCard) return;
      hovered = null;
      startGrace();
    },
    { signal },
  );
  document.addEventListener('pointermove', (e) => tester.point(e.clientX, e.clientY), { passive: true, signal });
  document.addEventListener('pointerleave', () => tester.point(-1, -1), { passive: true, signal });
  if (at) tester.point(at.x, at.y);
  // Escape with a card open is the card's alone: not also a modal dialog's or a popover's
  // close request (its default action), nor the page's own Escape (a lightbox closing).
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !card.isOpen) return;
      e.preventDefault();
      e.stopPropagation();
      run.closeCard();
    },
    { capture: true, signal },
  );
  // A press anywhere else on the page closes the card (one opened by the keyboard stays put
  // under a moving pointer).
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (card.isOpen && !(e.target instanceof Node && card.owns(e.target))) run.closeCard();
    },
    { capture: true, signal },
  );
  let placing = 0;
  const follow = (): void => {
    if (!card.isOpen || placing) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      card.place();
      if (!card.isOpen) shown = null;
    });
  };
  window.addEventListener('scroll', follow, { passive: true, capture: true, signal });
  window.addEventListener('resize', follow, { passive: true, signal });
  signal.addEventListener('abort', () => {
    clearTimeout(restTimer);
    clearTimeout(preloadTimer);
    clearTimeout(hideTimer);
    cancelAnimationFrame(placing);
  });
}
