// Colours as painted: a term's highlight tint read from a screenshot of its box, for tests
// that check what a reader sees, not what is registered.
import type { Page } from 'puppeteer-core';
import { parseRgb, type Rgba } from '../../src/core/colour-luminance';
import { termClip } from './page-probes';
import { decodePng, type Pixels } from './png-pixels';

/** The opaque background `selector`'s element paints behind the terms. */
export async function pageBackground(page: Page, selector = 'body'): Promise<Rgba> {
  const text = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel) ?? document.body).backgroundColor, selector);
  const colour = parseRgb(text);
  if (!colour || colour.a < 1) throw new Error(`the fixture's ${selector} should paint an opaque background, not ${text}`);
  return colour;
}

/** The pixels of the first occurrence of `term`'s box, scrolled into view and screenshot. */
async function termPixels(page: Page, term: string): Promise<Pixels> {
  const clip = await termClip(page, term, { scroll: true });
  if (!clip) throw new Error(`"${term}" is not on the page`);
  const shot = await page.screenshot({ clip, encoding: 'base64', type: 'png' });
  return decodePng(Buffer.from(String(shot), 'base64'));
}

/** The colour most of the term's box is painted with, other than the page background: the
 *  highlight's tint (the glyphs and the underline take fewer pixels). */
export async function paintedTint(page: Page, term: string, background: Rgba): Promise<Rgba> {
  const { width, height, rgba } = await termPixels(page, term);
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
