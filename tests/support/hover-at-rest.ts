// Hover under a resting pointer, stubbed for happy-dom: a page whose one term a test swaps,
// the caret and the term's box faked, and a card that notes what it opened.
import { vi } from 'vitest';
import type { CardHost } from '../../src/content/card-host';
import type { Mark, MarkIndex } from '../../src/content/hit-test';
import { initHover } from '../../src/content/hover';
import type { PageRun } from '../../src/content/page-run';

export const DELAY_MS = 40;
export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The paragraph's text made anew (as a page re-rendering it does), and a mark on it. */
export function termIn(p: HTMLElement, text = 'Doha'): Mark {
  p.textContent = text;
  const node = p.firstChild as Text;
  return {
    annotation: { kind: 'place', entityId: text.toLowerCase(), text, start: 0, end: text.length } as Mark['annotation'],
    range: { startContainer: node, startOffset: 0, endContainer: node, endOffset: text.length, collapsed: false } as StaticRange,
  };
}

/** The page makes the paragraph's text anew under the resting pointer (a live page): the
 *  old mark dies, the observers' batch ends before the new mark is registered (the pointer
 *  on no term), then it registers in one turn. Resolves with the new mark once its card
 *  would be due. */
export async function remake(h: Pick<ReturnType<typeof hoverAtRest>, 'run' | 'use'>, last: Mark, text?: string): Promise<Mark> {
  last.dead = true;
  const next = termIn(document.querySelector('p')!, text);
  h.use(null);
  h.run.onMarksChanged(performance.now());
  await wait(30);
  h.use(next);
  h.run.highlighter.onRegistered(false);
  await wait(DELAY_MS + 80);
  return next;
}

/** Hover over a page whose one term the test swaps (`use`), with the pointer at rest on it
 *  (the caret and the term's box are stubbed); the card notes the node of each term it opens for. */
export function hoverAtRest(): {
  run: PageRun;
  opened: Node[];
  /** The anchors the shown card was moved to (CardHost.reanchor). */
  anchors: (() => unknown)[];
  use: (m: Mark | null) => void;
  caretTests: () => number;
  card: CardHost;
  stop: AbortController;
} {
  document.body.innerHTML = '<p>Doha</p>';
  let current: Mark | null = null;
  let caretTests = 0;
  const index: MarkIndex = { at: () => (current && !current.dead ? [current] : []) };
  const caret = (): unknown => {
    caretTests++;
    return current ? { offsetNode: current.range.startContainer, offset: 1 } : null;
  };
  document.caretPositionFromPoint = caret as Document['caretPositionFromPoint'];
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, top: 0, right: 100, bottom: 20, width: 100, height: 20 }] as unknown as DOMRectList);
  const opened: Node[] = [];
  const anchors: (() => unknown)[] = [];
  let open = false;
  const card = {
    get isOpen() {
      return open;
    },
    isHidden: false,
    open: (_target: unknown, _anchor: unknown, options: { within?: Node }) => {
      open = true;
      opened.push(options.within!);
      return Promise.resolve();
    },
    close: () => void (open = false),
    reveal: () => false,
    place: () => {},
    reanchor: (anchor: () => unknown) => anchors.push(anchor),
    owns: (n: Node) => n instanceof Element && n.id === 'card-host',
  } as unknown as CardHost;
  const stop = new AbortController();
  const run = {
    signal: stop.signal,
    highlighter: { index, onRegistered: () => {}, registering: true },
    shadowRoots: [],
    hoverDelayMs: DELAY_MS,
    onCardPointer: () => {},
    onCardClosed: () => {},
    onMarksChanged: () => {},
    closeCard: () => {
      card.close();
      run.onCardClosed();
    },
  } as unknown as PageRun;
  return {
    run,
    opened,
    anchors,
    use: (m) => {
      current = m;
      if (opened.length === 0 && caretTests === 0) initHover(run, card, { x: 10, y: 10 });
    },
    caretTests: () => caretTests,
    card,
    stop,
  };
}
