// Marks inside the page's shadow roots are painted as they are in the document, in Chromium
// and Firefox, as a reader sees them (pixels of a screenshot): in an open root and a closed
// one, and on a dark page in the dark palette, with the reader's colour winning there, as
// in the document; and the reader's notes in shadow roots of a page off topic, where no
// run watches the page. Chromium inherits its :root highlight rules into shadow trees;
// Firefox gets them from user sheets the background puts in (src/background/
// shadow-highlights.ts), since the document's sheets do not reach shadow trees there.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { over, type Rgba } from '../../src/core/colour-luminance';
import { DEFAULT_SETTINGS, type Note } from '../../src/core/records';
import { highlightsIn, highlightTexts, pollUntil, totalHighlights, waitForHighlights, type BrowserSession } from './harness';
import { near, paintedTint, pageBackground, paletteTint, shadowMarkClip, show, washOver } from './pixel-tints';
import { askBackground, extensionPage } from './popup-driver';
import { askTab } from './tab-asks';
import { BROWSERS, useBrowser } from './suite-browser';

/** What `term`'s mark in a shadow root is painted with, once it is within a unit or two of `want`
 *  (the sheet comes a moment after the ranges), or after 5 s. */
async function shadowTint(page: Page, highlight: string, term: string, background: Rgba, want: Rgba): Promise<Rgba> {
  return pollUntil(async () => {
    const clip = await shadowMarkClip(page, highlight, term);
    if (!clip) throw new Error(`no mark on "${term}" in a shadow root`);
    return paintedTint(page, term, background, clip);
  }, (tint) => near(tint, want, 2), 5_000);
}

/** `kind`'s tint in `palette` over `background`, with the linked wash where Firefox lays one. */
async function expected(session: BrowserSession, page: Page, term: string, palette: 'light' | 'dark', kind: string, background: Rgba): Promise<Rgba> {
  return (await washOver(session, page, term, palette))(over(paletteTint(palette, kind), background));
}

/** A note on `quote`, found by its quote (the position given is wrong on purpose). */
function quoteSelector(quote: string): Note['target']['selector'] {
  return [{ type: 'TextQuoteSelector', exact: quote }, { type: 'TextPositionSelector', start: 0, end: quote.length }];
}

describe.each(BROWSERS)('highlights inside shadow roots in %s', (kind) => {
  const session = useBrowser(kind);

  it('paints a term in an open root and in a closed one with its kind’s tint, as in the document', async () => {
    for (const path of ['/shadow.html', '/shadow-closed.html']) {
      const page = await session.open(path);
      try {
        await waitForHighlights(page, { atLeast: 5 });
        const background = await pageBackground(page);
        const want = await expected(session, page, 'Bezalel Smotrich', 'light', 'person', background);
        const tint = await shadowTint(page, 'backstory-person', 'Bezalel Smotrich', background, want);
        expect(show(tint), `"Bezalel Smotrich" in ${path}'s root`).toBe(near(tint, want, 2) ? show(tint) : show(want));
        // The document's own marks are painted as before (its cascade is content.css's alone).
        const inDocument = await paintedTint(page, 'Benjamin Netanyahu', background);
        const documentWant = await expected(session, page, 'Benjamin Netanyahu', 'light', 'person', background);
        expect(show(inDocument)).toBe(near(inDocument, documentWant, 2) ? show(inDocument) : show(documentWant));
      } finally {
        await page.close();
      }
    }
  });

  it('on a dark page, paints a root added later in the dark palette, and the reader’s colour for dark pages wins there', async () => {
    const page = await session.open('/dark.html');
    try {
      await waitForHighlights(page, { atLeast: 10 });
      await page.evaluate(() => {
        const host = document.createElement('story-aside');
        host.attachShadow({ mode: 'closed' }).innerHTML = '<p>Secretary of State Marco Rubio met the families of the hostages on Thursday.</p>';
        document.querySelector('article')!.appendChild(host);
      });
      await pollUntil(() => shadowMarkClip(page, 'backstory-person', 'Marco Rubio'), (clip) => clip !== null, 10_000);
      const background = await pageBackground(page);
      const dark = await expected(session, page, 'Marco Rubio', 'dark', 'person', background);
      const tint = await shadowTint(page, 'backstory-person', 'Marco Rubio', background, dark);
      expect(show(tint), 'the dark palette').toBe(near(tint, dark, 2) ? show(tint) : show(dark));

      // The background is asked from an extension tab: the page comes to the front again
      // (Chromium draws no screenshot of a hidden tab).
      await askBackground(session, 'settings/set', { darkColours: { person: '#ff0000' } });
      await page.bringToFront();
      const red = (await washOver(session, page, 'Marco Rubio', 'dark'))(over({ r: 255, g: 0, b: 0, a: 0.2 }, background));
      const chosen = await shadowTint(page, 'backstory-person', 'Marco Rubio', background, red);
      expect(show(chosen), 'the reader’s colour').toBe(near(chosen, red, 2) ? show(chosen) : show(red));
      // Back to the default: the reader's rules go, the palette's stay.
      await askBackground(session, 'settings/set', { darkColours: { person: DEFAULT_SETTINGS.darkColours.person } });
      await page.bringToFront();
      const back = await shadowTint(page, 'backstory-person', 'Marco Rubio', background, dark);
      expect(show(back), 'the dark palette again').toBe(near(back, dark, 2) ? show(back) : show(dark));
    } finally {
      await askBackground(session, 'settings/set', { darkColours: { person: DEFAULT_SETTINGS.darkColours.person } });
      await page.close();
    }
  });

  it('on a page off topic, paints a note in an open root and one in a closed root', async () => {
    const path = '/offtopic-shadow.html';
    const pageUrl = session.server.url(path);
    const [open, closed] = ['supply of advanced packaging', 'raised their price targets'];
    const notes: string[] = [];
    const page = await session.open(path);
    try {
      const ext = await extensionPage(session);
      // The run is over and judged the page off topic: it watches nothing now.
      await pollUntil(() => askTab(ext, pageUrl, 'tab/where', {}), (w) => w.ok && w.res.run === 'done');
      expect(totalHighlights(await highlightsIn(page))).toBe(0);
      const background = await pageBackground(page);
      const want = over(paletteTint('light', 'note'), background);
      // A note made while the page is open (the notes-changed push), in the closed root.
      notes.push((await askBackground(session, 'notes/create', { text: 'Guidance?', pageUrl, selector: quoteSelector(closed) })).id);
      await page.bringToFront();
      await pollUntil(() => highlightTexts(page, 'backstory-note'), (t) => t.includes(closed));
      const pushed = await shadowTint(page, 'backstory-note', closed, background, want);
      expect(show(pushed), 'a note in the closed root').toBe(near(pushed, want, 2) ? show(pushed) : show(want));
      // Both anchored as the page loads (page/start brings them), in a fresh document.
      notes.push((await askBackground(session, 'notes/create', { text: 'Capacity', pageUrl, selector: quoteSelector(open) })).id);
      await page.reload({ waitUntil: 'load' });
      await page.bringToFront();
      await pollUntil(() => highlightTexts(page, 'backstory-note'), (t) => t.includes(open) && t.includes(closed));
      for (const quote of [open, closed]) {
        const tint = await shadowTint(page, 'backstory-note', quote, background, want);
        expect(show(tint), `"${quote}" after a reload`).toBe(near(tint, want, 2) ? show(tint) : show(want));
      }
      expect(totalHighlights(await highlightsIn(page))).toBe(0);
    } finally {
      for (const id of notes) await askBackground(session, 'notes/delete', { id });
      await page.close();
    }
  });
});
