// Colours as painted: a term's highlight tint read from a screenshot of its box, for tests
// that check what a reader sees, not what is registered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { highlightPalettes } from '../../scripts/highlight-palettes.mjs';
import { over, parseRgb, type Rgba } from '../../src/core/colour-luminance';
import { LINKED_WASH } from '../../src/content/linked-wash';
import { firefoxBefore, highlightTexts, termClip, type BrowserSession, type Clip } from './harness';
import { decodePng, type Pixels } from './png-pixels';

const PALETTES = highlightPalettes(readFileSync(join(__dirname, '../../src/content/content.css'), 'utf8'), '');

/** content.css's tint for `kind` in one palette. */
export function paletteTint(palette: 'light' | 'dark', kind: string): Rgba {
  const text = new RegExp(String.raw`::highlight\(backstory-${kind}\) \{ background-color: (rgba?\([^)]*\))`).exec(PALETTES[palette])?.[1];
  const colour = text ? parseRgb(text) : null;
  if (!colour) throw new Error(`content.css has no ${palette} tint for ${kind}`);
  return colour;
}

/** What Firefox before 146 lays over `term` when it is linked (linked-fallback.ts): the
 *  wash for a page of `palette`; elsewhere nothing. */
export async function washOver(session: BrowserSession, page: Page, term: string, palette: 'light' | 'dark'): Promise<(under: Rgba) => Rgba> {
  const linked = (await firefoxBefore(session, 146)) && (await highlightTexts(page, 'backstory-linked')).some((t) => t.includes(term));
  const wash = linked ? parseRgb(LINKED_WASH[palette]) : null;
  return (under) => (wash ? over(wash, under) : under);
}

/** The opaque background `selector`'s element paints behind the terms. */
export async function pageBackground(page: Page, selector = 'body'): Promise<Rgba> {
  const text = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel) ?? document.body).backgroundColor, selector);
  const colour = parseRgb(text);
  if (!colour || colour.a < 1) throw new Error(`the fixture's ${selector} should paint an opaque background, not ${text}`);
  return colour;
}

/** The pixels of `clip` (the first occurrence of `term`'s box, scrolled into view, by default). */
async function termPixels(page: Page, term: string, clip?: Clip | null): Promise<Pixels> {
  const box = clip === undefined ? await termClip(page, term, { scroll: true }) : clip;
  if (!box) throw new Error(`"${term}" is not on the page`);
  const shot = await page.screenshot({ clip: box, encoding: 'base64', type: 'png' });
  return decodePng(Buffer.from(String(shot), 'base64'));
}

/** The box of the range registered under `highlight` whose text is `term`, in a shadow
 *  root (open or closed: the range itself leads there), scrolled into view; null when none. */
export function shadowMarkClip(page: Page, highlight: string, term: string): Promise<Clip | null> {
  return page.evaluate((name: string, text: string) => {
    let found: Range | null = null;
    // The registered ranges may be static: a live copy of each has a text and a box.
    CSS.highlights.get(name)?.forEach((mark) => {
      if (found || !(mark.startContainer.getRootNode() instanceof ShadowRoot)) return;
      const live = document.createRange();
      live.setStart(mark.startContainer, mark.startOffset);
      live.setEnd(mark.endContainer, mark.endOffset);
      if (live.toString() === text) found = live;
    });
    const range = found as Range | null;
    if (!range) return null;
    (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const r = range.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height + 4 };
  }, highlight, term);
}

/** The colour most of the term's box (or `clip`) is painted with, other than the page
 *  background: the highlight's tint (the glyphs and the underline take fewer pixels). */
export async function paintedTint(page: Page, term: string, background: Rgba, clip?: Clip | null): Promise<Rgba> {
  const { width, height, rgba } = await termPixels(page, term, clip);
  const counts = new Map<number, number>();
  for (let i = 0; i < width * height; i++) {
    const r = rgba[i * 4] as number, g = rgba[i * 4 + 1] as number, b = rgba[i * 4 + 2] as number;
    if (Math.max(Math.abs(r - background.r), Math.abs(g - background.g), Math.abs(b - background.b)) <= 2) continue;
    const key = (r << 16) | (g << 8) | b;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [-1];
  if (key < 0) throw new Error(`nothing painted on "${term}"`);
  return { r: key >> 16, g: (key >> 8) & 0xff, b: key & 0xff, a: 1 };
}

/** Share of a term's pixels that are clearly red (r well above g and b). */
export async function redShare(page: Page, term: string): Promise<number> {
  const { width, height, rgba } = await termPixels(page, term);
  let red = 0;
  for (let i = 0; i < width * height; i++) {
    const r = rgba[i * 4] as number, g = rgba[i * 4 + 1] as number, b = rgba[i * 4 + 2] as number;
    if (r - g > 25 && r - b > 25) red++;
  }
  return red / (width * height);
}

/** Whether two colours are the same within rounding (blending differs by a unit or two). */
export function near(x: Rgba, y: Rgba, tolerance = 4): boolean {
  return Math.abs(x.r - y.r) <= tolerance && Math.abs(x.g - y.g) <= tolerance && Math.abs(x.b - y.b) <= tolerance;
}

export const show = ({ r, g, b }: Rgba): string => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
