// What the tests read from the hover card and how they act in it: its frames, its shown
// host, its text and verdicts, its box, a click inside it. Functions passed to evaluate()
// keep to plain loops and string methods, for the reasons page-probes.ts gives.
import type { Frame, Page } from 'puppeteer-core';
import type { BrowserSession } from './launch';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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

/** Waits for a shown card frame with rendered content; `until` can wait for specific content.
 *  The 20 s default is a hang guard: it returns as soon as the card shows it. */
export async function waitForCard(session: BrowserSession, page: Page, opts: { timeout?: number; until?: (card: CardView) => boolean } = {}): Promise<CardView> {
  // By default, wait past the card's loading state for its content.
  const { timeout = 20_000, until = (c: CardView) => !c.text.includes('Loading…') } = opts;
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

/** Waits until no card frame is left in the page (15 s at most: a hang guard). */
export async function waitForNoCard(session: BrowserSession, page: Page, timeout = 15_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await cardFrames(session, page)).length === 0) return true;
    await sleep(100);
  }
  return false;
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

/** A box by its edges, in viewport pixels. */
export type Rect = { left: number; top: number; right: number; bottom: number };

/** The open card's box by its edges (cardBox's box), for placement checks. */
export async function cardRect(page: Page): Promise<Rect | null> {
  const box = await cardBox(page);
  return box && { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/** Whether two boxes share any area. */
export const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Clicks an element inside a card's frame, as a click event (see cardBox for why not a pointer click). */
export async function clickIn(frame: Frame, selector: string): Promise<void> {
  await frame.$eval(selector, (el) => {
    (el as HTMLElement).focus();
    (el as HTMLElement).click();
  });
}

/** Waits until the open card's box is the same over two frames (placed and sized to its
 *  content: a card moves and grows as it lays out) and returns it. A fixed pause after
 *  waitForCard was both slow and, on a loaded machine, too short. */
export async function waitForCardSteady(page: Page, timeout = 10_000): Promise<Rect> {
  const end = Date.now() + timeout;
  let last: Rect | null;
  do {
    const seen = await page.evaluate(
      (tag) =>
        new Promise<{ before: number[] | null; after: number[] | null }>((resolve) => {
          // Read twice inline: a named helper would be wrapped by the transpiler (page-probes.ts).
          const host = document.querySelector(tag);
          const r = host && host.getBoundingClientRect();
          const before = r && [r.left, r.top, r.right, r.bottom];
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const now = document.querySelector(tag);
              const b = now && now.getBoundingClientRect();
              resolve({ before, after: b && [b.left, b.top, b.right, b.bottom] });
            }),
          );
        }),
      'backstory-card',
    );
    const { before, after } = seen;
    last = after && { left: after[0]!, top: after[1]!, right: after[2]!, bottom: after[3]! };
    if (before && after && after[2]! > after[0]! && before[0] === after[0] && before[1] === after[1] && before[2] === after[2] && before[3] === after[3]) return last!;
  } while (Date.now() < end);
  throw new Error(`the card's box did not hold still over two frames within ${timeout} ms (last: ${JSON.stringify(last)})`);
}
