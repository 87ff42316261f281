// Highlights read on the page's own background, whatever the system's colour scheme: a dark
// page under the browsers' default light scheme is painted with content.css's dark palette
// (adopted as a stylesheet, so no page node changes), a colour the user chose for dark
// pages still wins there, and in Chromium, which can emulate a dark system scheme, a light
// page keeps the light palette. The expected tints come from content.css itself, as the build reads it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { isDark, over, parseRgb } from '../../src/core/colour-luminance';
import { DEFAULT_SETTINGS } from '../../src/core/records';
import { firefoxBefore, hoverText, mutationsIn, pollUntil, waitForCard, waitForHighlights, type BrowserSession } from './harness';
import { near, paintedTint, pageBackground, paletteTint, show, washOver } from './pixel-tints';
import { askBackground } from './popup-driver';
import { BROWSERS, useBrowser } from './suite-browser';

/** Expects each term painted with `palette`'s tint of its kind, not the other palette's. */
const TERMS = [['Bezalel Smotrich', 'person'], ['at least 47,498 deaths', 'number']] as const;

async function expectPalette(session: BrowserSession, page: Page, palette: 'light' | 'dark', backdrop = 'body', terms: readonly (typeof TERMS)[number][] = TERMS): Promise<void> {
  const background = await pageBackground(page, backdrop);
  const other = palette === 'dark' ? 'light' : 'dark';
  for (const [term, kind] of terms) {
    const painted = await paintedTint(page, term, background);
    const washed = await washOver(session, page, term, palette);
    const want = washed(over(paletteTint(palette, kind), background));
    const not = washed(over(paletteTint(other, kind), background));
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
      await expectPalette(session, page, 'dark');
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
      await expectPalette(session, page, 'dark', '.dark-wrapper');
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

  it('a colour the user chose for dark pages wins over the page’s palette', async () => {
    const page = await session.open('/dark.html');
    try {
      await waitForHighlights(page, { atLeast: 10 });
      const background = await pageBackground(page);
      await askBackground(session, 'settings/set', { darkColours: { person: '#ff0000' } });
      const tint = await pollUntil(() => paintedTint(page, 'Bezalel Smotrich', background), (t) => t.r > t.g + 30, 5_000);
      const washed = await washOver(session, page, 'Bezalel Smotrich', 'dark');
      const want = washed(over({ r: 255, g: 0, b: 0, a: 0.2 }, background));
      expect(show(tint)).toBe(near(tint, want, 2) ? show(tint) : show(want));
    } finally {
      await askBackground(session, 'settings/set', { darkColours: { person: DEFAULT_SETTINGS.darkColours.person } });
      await page.close();
    }
  });

  // Chromium emulates the scheme over CDP, which Firefox does not speak (its run is below):
  // puppeteer 24's BiDi page still sends emulateMediaFeatures over CDP (checked at 24.43.1).
  it.runIf(kind === 'chromium')('a light page under a dark scheme keeps the light palette', async () => {
    const page = await session.browser.newPage();
    try {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(session.server.url('/ontopic.html'), { waitUntil: 'load' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await waitForHighlights(page, { atLeast: 10 });
      await expectPalette(session, page, 'light');
      expect(await mutationsIn(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// Firefox cannot emulate the scheme over CDP: a browser launched with a dark system scheme
// (launch.ts's `scheme`, Firefox's content colour-scheme preference) takes that test there.
describe('a light page under a dark system scheme in firefox', () => {
  const session = useBrowser('firefox', undefined, { scheme: 'dark' });

  it('keeps the light palette', async () => {
    const page = await session.open('/ontopic.html');
    try {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await waitForHighlights(page, { atLeast: 10 });
      // Before 146 a linked name's wash (linked-fallback.ts) leaves the two palettes' person
      // tints too close on this page to tell apart; the figure's still differ.
      const terms = (await firefoxBefore(session, 146)) ? TERMS.filter(([, kind]) => kind !== 'person') : TERMS;
      await expectPalette(session, page, 'light', 'body', terms);
      expect(await mutationsIn(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
