// "This page" follows a sensitivity change made while it is showing. The popup hears that the
// page ran again through storage.onChanged on the tab's report; Chromium fires nothing for a
// write of the same value, so an on-topic page whose report did not change left the popup on
// the old threshold (Firefox fires, and showed the new one). The report now carries the
// threshold its verdict was made at, so the run at the new sensitivity changes it, and the
// sensitivity that set it: the popup names the two from one report, never the new bar with
// the old setting (it once asked for the setting apart, answered a moment after the report).
import { describe, expect, it } from 'vitest';
import { pollUntil, waitForHighlights } from './harness';
import { BROWSERS, useBrowser, useFixtureServer } from './suite-browser';
import { askBackground, openPopup, waitInPopup } from './popup-driver';

const server = useFixtureServer();

describe.each(BROWSERS)('popup sensitivity in %s', (kind) => {
  const session = useBrowser(kind, server);

  it('"This page" shows the new bar and sensitivity after the sensitivity changes, the page staying on-topic', async () => {
    const page = await session.open('/ontopic.html');
    await waitForHighlights(page);
    const popup = await openPopup(session, page);
    try {
      await waitInPopup(popup.page, '[data-topic]');
      const verdict = (): Promise<string> => popup.page.$eval('[data-topic] .topic-verdict', (e) => e.textContent ?? '');
      // The bar and the Settings sensitivity that set it, in the same words and figures.
      expect(await pollUntil(verdict, (text) => /Topic sensitivity/.test(text), 8_000)).toMatch(/pages scoring 0\.15 or more are highlighted \(at Topic sensitivity 0\.50, in Settings\)/);
      await askBackground(session, 'settings/set', { topicSensitivity: 1 });
      // The first line that differs is the whole new one: the new bar or the new setting
      // shown first alone would be a mix of the old settings and the new.
      const after = await pollUntil(verdict, (text) => /0\.10 or more|sensitivity 1\.00/.test(text), 8_000);
      expect(after).toMatch(/About your stored topics .*pages scoring 0\.10 or more are highlighted \(at Topic sensitivity 1\.00, in Settings\)/);
    } finally {
      await askBackground(session, 'settings/set', { topicSensitivity: 0.5 });
      await popup.close();
      await page.close();
    }
  });
});
