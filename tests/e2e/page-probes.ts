// What the tests read from a page: its registered highlights, the card frame, the mutation
// log; and how they act on it: hover a term by its text. Functions passed to evaluate() run
// in the page's own world, where hostile fixtures replace Array.prototype methods (and
// RegExp.prototype.exec, which regex literals call), so they use plain loops, index writes
// and string methods only (and no named inner functions: the test runner's
// transpiler would wrap them in a helper the page does not have).
import type { Frame, JSHandle, Page } from 'puppeteer-core';
import type { BrowserSession } from './launch';

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

/** Waits until highlights appear and their count holds still for `stableMs`; returns them
 *  (possibly empty after `timeout`). `atLeast` waits for that many ranges first. */
export async function waitForHighlights(target: Page | Frame, opts: { timeout?: number; stableMs?: number; atLeast?: number } = {}): Promise<Highlights> {
  const { timeout = 15_000, stableMs = 600, atLeast = 1 } = opts;
  const end = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  let current = await highlightsIn(target);
  while (Date.now() < end) {
    current = await highlightsIn(target);
    const n = totalHighlights(current);
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n >= atLeast && Date.now() - since >= stableMs) {
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

/** Moves the mouse to an empty corner, away from any term and card. */
export async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2, { steps: 3 });
}

/** Frames whose document is the extension's card page (Firefox may report about:blank for
 *  frame.url(), so the frame's own location is asked). */
export async function cardFrames(session: BrowserSession, page: Page): Promise<Frame[]> {
  const prefix = `${session.extensionOrigin}/card.html`;
  const found: Frame[] = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // A frame detaching under us throws synchronously from evaluate(): wrap it in a promise.
    const href = frame.url().startsWith(prefix) ? frame.url() : await Promise.resolve().then(() => frame.evaluate(() => location.href)).catch(() => '');
    if (href.startsWith(prefix)) found.push(frame);
  }
  return found;
}

export interface CardView {
  frame: Frame;
  /** The card's visible text. */
  text: string;
  /** data-verdict values in document order. */
  verdicts: string[];
}

async function readCard(frame: Frame): Promise<CardView | null> {
  // A closing card's frame may detach mid-poll; evaluate() then throws synchronously.
  const view = await Promise.resolve()
    .then(() =>
      frame.evaluate(() => {
        const body = document.body;
        if (!body) return null;
        const verdicts: string[] = [];
        const marked = document.querySelectorAll('[data-verdict]');
        for (let i = 0; i < marked.length; i++) verdicts[verdicts.length] = (marked[i] as Element).getAttribute('data-verdict') ?? '';
        return { text: body.innerText, verdicts };
      }),
    )
    .catch(() => null);
  return view && view.text.trim() ? { frame, ...view } : null;
}

/** Whether the page shows a card: its host is there, and not loading out of sight (hover
 *  loads a card transparent and inert while the pointer rests, card-host.ts). */
export function cardShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('backstory-card');
    for (let i = 0; i < hosts.length; i++) {
      const host = hosts[i] as HTMLElement;
      if (!host.inert && getComputedStyle(host).opacity !== '0' && getComputedStyle(host).visibility !== 'hidden') return true;
    }
    return false;
  });
}

/** Waits for a shown card frame with rendered content; `until` can wait for specific content. */
export async function waitForCard(session: BrowserSession, page: Page, opts: { timeout?: number; until?: (card: CardView) => boolean } = {}): Promise<CardView> {
  // By default, wait past the card's loading state for its content.
  const { timeout = 8_000, until = (c: CardView) => !c.text.includes('Loading…') } = opts;
  const end = Date.now() + timeout;
  let last: CardView | null = null;
  while (Date.now() < end) {
    const frames = (await cardShown(page)) ? await cardFrames(session, page) : [];
    for (const frame of frames) {
      const view = await readCard(frame);
      if (view) last = view;
      if (view && until(view)) return view;
    }
    await sleep(100);
  }
  if (last) throw new Error(`the card did not show what was expected; it showed:\n${last.text}`);
  const frames = await Promise.all(page.frames().map((f) => Promise.resolve().then(() => f.evaluate(() => location.href)).catch((e: unknown) => `${f.url()} (${String(e).slice(0, 80)})`)));
  const hosts = await page.evaluate(() => [...document.querySelectorAll('backstory-card')].map((h) => `${getComputedStyle(h).opacity}/${(h as HTMLElement).inert ? 'inert' : 'live'}`).join(' '));
  throw new Error(`no card appeared (hosts: ${hosts || 'none'}; frames: ${frames.join(', ')})`);
}

/** Waits until no card frame is left in the page. */
export async function waitForNoCard(session: BrowserSession, page: Page, timeout = 5_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await cardFrames(session, page)).length === 0) return true;
    await sleep(100);
  }
  return false;
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

/** The open card's box in the page: its host, which its frame fills. (Not the frame's
 *  element handle: Firefox 140's BiDi cannot locate a frame's element, so puppeteer's
 *  frameElement and clicks inside a frame fail there.) */
export async function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, 'backstory-card');
}

/** Clicks an element inside a card's frame, as a click event (see cardBox for why not a pointer click). */
export async function clickIn(frame: Frame, selector: string): Promise<void> {
  await frame.$eval(selector, (el) => {
    (el as HTMLElement).focus();
    (el as HTMLElement).click();
  });
}

/** Firefox older than `major` (Debian's ESR may lag the release these tests were written on). */
export async function firefoxBefore(session: BrowserSession, major: number): Promise<boolean> {
  if (session.kind !== 'firefox') return false;
  const version = /(\d+)\./.exec(await session.browser.version());
  return version !== null && Number(version[1]) < major;
}
