// Highlights read on the page's own background, whatever the system's colour scheme: a dark
// page under the browsers' default light scheme is painted with content.css's dark palette
// (adopted as a stylesheet, so no page node changes), a colour the user chose still wins
// there, and in Chromium, which can emulate a dark system scheme, a light page keeps the
// light palette. The expected tints come from content.css itself, as the build reads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { highlightPalettes } from '../../scripts/highlight-palettes.mjs';
import { isDark, over, parseRgb, type Rgba } from '../../src/core/colour-luminance';
import { DEFAULT_SETTINGS } from '../../src/core/records';
import { hoverText, mutationsIn, pollUntil, termClip, waitForCard, waitForHighlights } from './harness';
import { decodePng } from './png-pixels';
import { askBackground } from './popup-driver';
import { BROWSERS, useBrowser } from './suite-browser';

const PALETTES = highlightPalettes(readFileSync(join(__dirname, '../../src/content/content.css'), 'utf8'), '');

/** content.css's tint for `kind` in one palette. */
function tintOf(palette: 'light' | 'dark', kind: string): Rgba {
  const text = new RegExp(String.raw`::highlight\(backstory-${kind}\) \{ background-color: (rgba?\([^)]*\))`).exec(PALETTES[palette])?.[1];
  const colour = text ? parseRgb(text) : null;
  if (!colour) throw new Error(`content.css has no ${palette} tint for ${kind}`);
  return colour;
}

/** The opaque background `selector`'s element paints behind the terms. */
async function pageBackground(page: Page, selector = 'body'): Promise<Rgba> {
  const text = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel) ?? document.body).backgroundColor, selector);
  const colour = parseRgb(text);
  if (!colour || colour.a < 1) throw new Error(`the fixture's ${selector} should paint an opaque background, not ${text}`);
  return colour;
}

/** The colour most of the term's box is painted with, other than the page background: the
 *  highlight's tint (the glyphs and the underline take fewer pixels). */
async function paintedTint(page: Page, term: string, background: Rgba): Promise<Rgba> {
  const clip = await termClip(page, term, { scroll: true });
  if (!clip) throw new Error(`"${term}" is not on the page`);
  const shot = await page.screenshot({ clip, encoding: 'base64', type: 'png' });
  const { width, height, rgba } = decodePng(Buffer.from(String(shot), 'base64'));
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

/** Whether two colours are the same within rounding (blending differs by a unit or two). */
function near(x: Rgba, y: Rgba, tolerance = 4): boolean {
  return Math.abs(x.r - y.r) <= tolerance && Math.abs(x.g - y.g) <= tolerance && Math.abs(x.b - y.b) <= tolerance;
}

const show = ({ r, g, b }: Rgba): string => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;

/** Expects each term painted with `palette`'s tint of its kind, not the other palette's. */
async function expectPalette(page: Page, palette: 'light' | 'dark', backdrop = 'body'): Promise<void> {
  const background = await pageBackground(page, backdrop);
  const other = palette === 'dark' ? 'light' : 'dark';
  for (const [term, kind] of [['Bezalel Smotrich', 'person'], ['at least 47,498 deaths', 'number']] as const) {
    const painted = await paintedTint(page, term, background);
    const want = over(tintOf(palette, kind), background);
    const not = over(tintOf(other, kind), background);
    expect(near(want, not), `the palettes' ${kind} tints differ on this page`).toBe(false);
    expect(show(painted), `"${term}" in the ${palette} palette`).toBe(near(painted, want) ? show(painted) : show(want));
  }
}

describe.each(BROWSERS)('highlights on the page’s own scheme in %s', (kind) => {
  const session = useBrowser(kind);

  it('a dark page under the light scheme is painted with the dark palette, and no node changes', async () => {
    const page = await session.open('/dark.html');
    try {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
      await waitForHighlights(page, { atLeast: 10 });
      await expectPalette(page, 'dark');
      // The palette is a stylesheet adopted by the document: no node was added or changed.
      expect(await page.evaluate(() => Array.isArray((window as unknown as { __mutations?: unknown }).__mutations))).toBe(true);
      expect(await mutationsIn(page)).toEqual([]);
      expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a dark page painted on a wrapper over a light body gets the dark palette too', async () => {
    const page = await session.open('/dark-wrapper.html');
    try {
      await waitForHighlights(page, { atLeast: 10 });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(250, 250, 250)');
      await expectPalette(page, 'dark', '.dark-wrapper');
      expect(await mutationsIn(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the hover card takes the page’s scheme: dark on a dark page, light on a light one', async () => {
    for (const [path, dark] of [['/dark-wrapper.html', true], ['/ontopic.html', false]] as const) {
      const page = await session.open(path);
      try {
        await waitForHighlights(page, { atLeast: 10 });
        await hoverText(page, 'Bezalel Smotrich');
        const { frame } = await waitForCard(session, page);
        const text = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const background = parseRgb(text);
        expect(background && isDark(background), `the card's background on ${path}: ${text}`).toBe(dark);
      } finally {
        await page.close();
      }
    }
  });

  it('a colour the user chose wins over the page’s palette', async () => {
    const page = await session.open('/dark.html');
    try {
      await waitForHighlights(page, { atLeast: 10 });
      const background = await pageBackground(page);
      await askBackground(session, 'settings/set', { colours: { person: '#ff0000' } });
      const tint = await pollUntil(() => paintedTint(page, 'Bezalel Smotrich', background), (t) => t.r > t.g + 30, 5_000);
      expect(show(tint)).toBe(show(over({ r: 255, g: 0, b: 0, a: 0.2 }, background)));
    } finally {
      await askBackground(session, 'settings/set', { colours: { person: DEFAULT_SETTINGS.colours.person } });
      await page.close();
    }
  });

  // Only Chromium: puppeteer emulates media features over CDP, which Firefox does not speak.
  it.runIf(kind === 'chromium')('a light page under a dark scheme keeps the light palette', async () => {
    const page = await session.browser.newPage();
    try {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(session.server.url('/ontopic.html'), { waitUntil: 'load' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await waitForHighlights(page, { atLeast: 10 });
      await expectPalette(page, 'light');
      expect(await mutationsIn(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
