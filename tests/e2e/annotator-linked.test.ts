// Linked terms (known to the stored articles) read stronger than page-only ones, as a reader
// sees them: where ::highlight() underlines are drawn, by content.css's solid underline (the
// tint stays the type's); in Firefox before 146, which draws none, by a deeper wash.
import { describe, expect, it } from 'vitest';
import { isDark } from '../../src/core/colour-luminance';
import { firefoxBefore, waitForHighlights } from './harness';
import { waitForHighlight } from './popup-driver';
import { near, paintedTint, pageBackground, show } from './pixel-tints';
import { BROWSERS, useBrowser } from './suite-browser';

const LINKED = 'Netanyahu';
const PAGE_ONLY = 'Faisal Al-Rumaihi';

describe.each(BROWSERS)('linked terms in %s', (kind) => {
  const session = useBrowser(kind);

  it('a linked name is painted stronger than a page-only name of the same type', async () => {
    const page = await session.open('/popup/followup.html');
    try {
      await waitForHighlights(page);
      expect(await waitForHighlight(page, 'backstory-linked', (t) => t.includes(LINKED))).toContain(LINKED);
      expect(await waitForHighlight(page, 'backstory-person', (t) => t.includes(PAGE_ONLY))).toContain(PAGE_ONLY);
      const background = await pageBackground(page);
      const linked = await paintedTint(page, LINKED, background);
      const pageOnly = await paintedTint(page, PAGE_ONLY, background);
      if (await firefoxBefore(session, 146)) {
        expect(near(linked, pageOnly), `${show(linked)} vs ${show(pageOnly)}`).toBe(false);
        // Deeper on this light page: the wash darkens, keeping the hue.
        expect(isDark(linked, background) || linked.r + linked.g + linked.b < pageOnly.r + pageOnly.g + pageOnly.b).toBe(true);
      } else {
        expect(show(linked)).toBe(near(linked, pageOnly) ? show(linked) : show(pageOnly));
      }
    } finally {
      await page.close();
    }
  });
});
