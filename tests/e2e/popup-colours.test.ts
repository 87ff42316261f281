// The popup's colour pickers follow the page's scheme, not the system's: on a dark page
// under the browsers' light scheme they show the dark pages' colours (those drawn on the
// page) and say so, and a colour picked there paints the page at once, stored for dark
// pages only. The dark palette's colours come from records.ts, checked against content.css
// by the unit tests.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { over } from '../../src/core/colour-luminance';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS } from '../../src/core/records';
import { firefoxBefore, pollUntil, waitForHighlights } from './harness';
import { near, pageBackground, paintedTint, show } from './pixel-tints';
import { askBackground, evaluateUntil, openPopup, showPanel, waitInPopup } from './popup-driver';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';

const server = useFixtureServer();

/** Picks `colour` in the popup's picker for `kind`, as the colour dialog does on closing. */
async function pick(popup: Page, kind: string, colour: string): Promise<void> {
  await popup.$eval(
    `[data-setting="colour-${kind}"]`,
    (el, value) => {
      const input = el as HTMLInputElement;
      input.value = value as string;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    colour,
  );
}

describe.each(BROWSERS)('popup colour pickers in %s', (kind) => {
  const session = useBrowser(kind, server);

  it('on a dark page under a light scheme show and change the dark pages’ colours', async () => {
    const page = await session.open('/dark.html');
    const popup = await openPopup(session, page);
    try {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
      await waitForHighlights(page, { atLeast: 10 });
      await showPanel(popup.page, 'settings');
      // The page's scheme comes with its summary, which may land after the panel is drawn.
      await waitInPopup(popup.page, '[data-colour-scheme="dark"]');
      expect(await popup.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
      const value = (k: string): Promise<string> => popup.page.$eval(`[data-setting="colour-${k}"]`, (e) => (e as HTMLInputElement).value);
      expect(await value('person')).toBe(DARK_DEFAULT_COLOURS.person);
      expect(await value('number')).toBe(DARK_DEFAULT_COLOURS.number);
      const dark = await popup.page.$eval('[data-setting="scheme-dark"]', (e) => ({ checked: (e as HTMLInputElement).checked, label: e.parentElement?.textContent ?? '' }));
      expect(dark.checked).toBe(true);
      expect(dark.label).toContain('dark pages (this page)');

      await pick(popup.page, 'person', '#ff0000');
      await evaluateUntil(popup.page, () => document.querySelector('[data-status]')?.textContent?.includes('Saved.'), { timeout: 5_000 });
      const stored = await askBackground(session, 'settings/get', {});
      expect(stored.darkColours.person).toBe('#ff0000');
      expect(stored.colours.person).toBe(DEFAULT_SETTINGS.colours.person);

      // The page, painted with the dark palette, now tints the name red.
      await page.bringToFront();
      const background = await pageBackground(page);
      const tint = await pollUntil(() => paintedTint(page, 'Bezalel Smotrich', background), (t) => t.r > t.g + 30, 5_000);
      expect(tint.r > tint.g + 30, `"Bezalel Smotrich" tinted red: ${show(tint)}`).toBe(true);
      // Firefox before 146 washes linked names on top (linked-fallback.ts): red will do there.
      if (!(await firefoxBefore(session, 146))) {
        const want = over({ r: 255, g: 0, b: 0, a: 0.2 }, background);
        expect(show(tint)).toBe(near(tint, want, 2) ? show(tint) : show(want));
      }
    } finally {
      await askBackground(session, 'settings/set', { darkColours: { person: DARK_DEFAULT_COLOURS.person } });
      await popup.close();
      await page.close();
    }
  });
});
