// What the tests read from a page: its registered highlights and the mutation log; and how
// they act on it: hover a term by its text (the card's probes are in card-probes.ts).
// Functions passed to evaluate() run in the page's own world, where hostile fixtures
// replace Array.prototype methods (and RegExp.prototype.exec, which regex literals call),
// so they use plain loops, index writes and string methods only (and no named inner
// functions: the test runner's transpiler would wrap them in a helper the page does not have).
import type { Frame, JSHandle, Page } from 'puppeteer-core';

export const HIGHLIGHT_NAMES = ['backstory-person', 'backstory-org', 'backstory-place', 'backstory-event', 'backstory-number', 'backstory-date'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];
export type Highlights = Record<HighlightName, string[]>;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A live Range over the first occurrence of `text` inside one text node of the page's
 *  document (null when it is not there), held in the page for the caller's next step. */
export function findText(page: Page, text: string): Promise<JSHandle<Range | null>> {
  return page.evaluateHandle((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      return range;
    }
    return null;
  }, text);
}

/** Where the first occurrence of `text` (inside one text node) is drawn, as a screenshot
 *  clip in document coordinates (a little taller, for underlines); `scroll` brings it into
 *  view first. Null when the text is not on the page. */
export async function termClip(page: Page, text: string, opts: { scroll?: boolean } = {}): Promise<Clip | null> {
  const found = await findText(page, text);
  try {
    return await found.evaluate((range: Range | null, scroll: boolean) => {
      if (!range) return null;
      if (scroll) (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height + 4 };
    }, opts.scroll ?? false);
  } finally {
    await found.dispose();
  }
}

/** The text of every range registered under a highlight name, read in the page world. */
export async function highlightTexts(page: Page | Frame, name: string): Promise<string[]> {
  return page.evaluate((n: string) => {
    const out: string[] = [];
    const highlight = typeof CSS !== 'undefined' && CSS.highlights ? CSS.highlights.get(n) : undefined;
    if (!highlight) return out;
    highlight.forEach((range) => {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      out[out.length] = live.toString();
    });
    return out;
  }, name);
}

/** The text of every range registered under each backstory-* name, read in the page world. */
export async function highlightsIn(target: Page | Frame): Promise<Highlights> {
  const raw = await target.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (typeof CSS === 'undefined' || !CSS.highlights) return out;
    CSS.highlights.forEach((highlight, name) => {
      if (name.indexOf('backstory-') !== 0) return;
      const list: string[] = [];
      // Ranges may be StaticRanges, which have no toString(): read them through a Range.
      highlight.forEach((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        list[list.length] = live.toString();
      });
      out[name] = list;
    });
    return out;
  });
  const result = {} as Highlights;
  for (const name of HIGHLIGHT_NAMES) result[name] = raw[name] ?? [];
  return result;
}

export const totalHighlights = (h: Highlights): number => HIGHLIGHT_NAMES.reduce((n, name) => n + h[name].length, 0);
export const allTexts = (h: Highlights): string[] => HIGHLIGHT_NAMES.flatMap((name) => h[name]);

/** Waits until highlights appear and their count holds still for `stableMs`, or for four
 *  times the slowest read of them if longer; returns them (possibly empty after `timeout`).
 *  A loaded machine slows the page's chunks and our reads alike, so a pause between two
 *  chunks that outlasted a fixed 600 ms there is outlasted by the window here too.
 *  `atLeast` waits for that many ranges first. */
export async function waitForHighlights(target: Page | Frame, opts: { timeout?: number; stableMs?: number; atLeast?: number } = {}): Promise<Highlights> {
  const { timeout = 15_000, stableMs = 600, atLeast = 1 } = opts;
  const end = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  let slowestRead = 0;
  let current = await highlightsIn(target);
  while (Date.now() < end) {
    const asked = Date.now();
    current = await highlightsIn(target);
    slowestRead = Math.max(slowestRead, Date.now() - asked);
    const n = totalHighlights(current);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n >= atLeast && Date.now() - since >= Math.max(stableMs, 4 * slowestRead)) {
      return current;
    }
    await sleep(150);
  }
  return current;
}

export interface TextTarget {
  /** Find `text` inside this longer phrase (to tell one "Smotrich" from another). */
  within?: string;
  /** Which match of the phrase, from 0. */
  occurrence?: number;
}

/** Viewport centre of `text` in the page's visible text (document and open shadow roots),
 *  scrolled into view first; null when absent. */
export async function locateText(target: Page | Frame, text: string, where: TextTarget = {}): Promise<{ x: number; y: number } | null> {
  const phrase = where.within ?? text;
  const offset = phrase.indexOf(text);
  if (offset < 0) throw new Error(`"${text}" is not part of "${phrase}"`);
  return target.evaluate(
    (needle: string, skip: number, length: number, nth: number) => {
      const roots: Node[] = [document.body];
      let seen = 0;
      for (let r = 0; r < roots.length; r++) {
        const walker = document.createTreeWalker(roots[r] as Node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            const shadow = (node as Element).shadowRoot;
            if (shadow) roots[roots.length] = shadow;
            continue;
          }
          const parent = node.parentElement as Element;
          // Only text a reader sees: not script or style source, not a field's value.
          const tag = parent.tagName;
          if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEXTAREA' || tag === 'TITLE') continue;
          const data = (node as Text).data;
          for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
            if (seen++ < nth) continue;
            const range = document.createRange();
            range.setStart(node, at + skip);
            range.setEnd(node, at + skip + length);
            parent.scrollIntoView({ block: 'center' });
            const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
            if (rect.width === 0 || rect.height === 0) continue;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
        }
      }
      return null;
    },
    phrase,
    offset,
    text.length,
    where.occurrence ?? 0,
  );
}

/** Moves the mouse onto the term (in small steps, as a hand would) and leaves it resting there. */
export async function hoverText(page: Page, text: string, where: TextTarget = {}): Promise<void> {
  const at = await locateText(page, text, where);
  if (!at) throw new Error(`"${where.within ?? text}" (#${where.occurrence ?? 0}) is not in the page`);
  await page.mouse.move(at.x - 40, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 5 });
}

/** The term command's keys (Alt+Shift+J for the next term, K for the previous): the
 *  browser's command where it takes them, else the content script's keydown fallback. */
export async function pressTermKeys(page: Page, code: 'KeyJ' | 'KeyK'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(code);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Puts a link at the end of the page and focuses it without scrolling: where a keyboard
 *  reader stands before a card takes the focus (and where Escape must give it back). */
export async function focusNewLink(page: Page, id: string): Promise<void> {
  await page.evaluate((linkId: string) => {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.id = linkId;
    a.href = '#nowhere';
    a.textContent = 'a link the reader tabbed to';
    p.appendChild(a);
    document.body.appendChild(p);
    a.focus({ preventScroll: true });
  }, id);
}

/** Whether the page has the focus on the element `id` within 10 s (the focus leaves the
 *  card's frame asynchronously; the 3 s this had is short on a loaded machine). */
export async function focusComesBackTo(page: Page, id: string): Promise<boolean> {
  for (const end = Date.now() + 10_000; Date.now() <= end; ) {
    if (await page.evaluate((want: string) => document.hasFocus() && document.activeElement?.id === want, id)) return true;
    await sleep(100);
  }
  return false;
}

/** Moves the mouse to an empty corner, away from any term and card. */
export async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2, { steps: 3 });
}

export interface RecordedMutation {
  type: string;
  target: string;
  added: string[];
  removed: string[];
  attribute: string | null;
}

/** The page's own mutation log (fixtures that load record-mutations.js). */
export async function mutationsIn(page: Page): Promise<RecordedMutation[]> {
  return page.evaluate(() => (window as unknown as { __mutations?: RecordedMutation[] }).__mutations ?? []);
}
