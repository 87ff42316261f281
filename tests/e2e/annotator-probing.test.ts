// Whether a web page can tell Backstory is installed by asking for its web-accessible files.
// Chromium: the build marks them use_dynamic_url (scripts/build.mjs), so they load only at
// runtime.getURL's per-session address and the fixed chrome-extension://<id>/card.html
// fails for the page — while the content script's own card (framed at that per-session
// address, its document still at the extension's origin) opens, talks to the background
// and to its host as before.
// Firefox has no such key in our build: a page that knows the moz-extension://<uuid> host
// loads the files. That host is a random UUID per install; these tests pin it (launch.ts),
// which is the only reason the page here knows it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { hoverText, waitForCard, waitForHighlights, waitForNoCard } from './harness';
import { BROWSERS, useBrowser } from './suite-browser';

/** What the page gets for each of the extension's web-accessible files at the fixed URL:
 *  "ok <status>" or "failed". */
function pageFetches(page: Page, origin: string): Promise<string[]> {
  return page.evaluate(async (base) => {
    const files = ['card.html', 'card.js', 'card.css', 'content-more.js'];
    return Promise.all(files.map((f) => fetch(`${base}/${f}`).then((r) => `ok ${r.status}`, () => 'failed')));
  }, origin);
}

/** Where a page's own iframe of the fixed card.html URL ends up. */
async function pageFramedCard(page: Page, origin: string): Promise<string> {
  await page.evaluate((base) => {
    const frame = document.createElement('iframe');
    frame.id = 'probe-frame';
    frame.src = `${base}/card.html#probe`;
    document.body.appendChild(frame);
    return new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  }, origin);
  const handle = await page.$('#probe-frame');
  const frame = await handle?.contentFrame();
  // A frame the browser blocked is an error page; its location says so.
  const href = (await frame?.evaluate(() => location.href).catch(() => '')) ?? '';
  await page.evaluate(() => document.getElementById('probe-frame')?.remove());
  return href;
}

describe.each(BROWSERS)('a page probing for the extension in %s', (kind) => {
  const session = useBrowser(kind);
  let page: Page;

  beforeAll(async () => {
    page = await session.open('/ontopic.html');
    await waitForHighlights(page, { atLeast: 10 });
  });

  it(kind === 'chromium' ? 'cannot fetch the web-accessible files at their fixed URL' : 'fetches them, knowing the per-install UUID', async () => {
    const got = await pageFetches(page, session.extensionOrigin);
    expect(got).toEqual(kind === 'chromium' ? ['failed', 'failed', 'failed', 'failed'] : ['ok 200', 'ok 200', 'ok 200', 'ok 200']);
  });

  it(kind === 'chromium' ? 'cannot frame card.html at its fixed URL' : 'frames card.html, knowing the per-install UUID', async () => {
    const href = await pageFramedCard(page, session.extensionOrigin);
    if (kind === 'chromium') expect(href.startsWith(session.extensionOrigin)).toBe(false);
    else expect(href).toBe(`${session.extensionOrigin}/card.html#probe`);
  });

  it('still opens the hover card, whose own messages are taken as the extension’s', async () => {
    await hoverText(page, 'Smotrich', { within: 'Smotrich repeated' });
    // Its content came from the background, which answers card/target only to its own pages.
    const card = await waitForCard(session, page, { until: (c) => c.text.includes('Bezalel Smotrich') });
    expect(await card.frame.evaluate(() => location.origin)).toBe(session.extensionOrigin);
    // Escape inside the card reaches the host only as a postMessage the host checks for the
    // extension's origin (card-host.ts); the page's own key handler never sees it.
    // A real click into the card gives it the focus (Firefox cannot click inside a frame in
    // a closed shadow root by selector).
    const box = await page.evaluate(() => {
      const r = (document.querySelector('backstory-card') as HTMLElement).getBoundingClientRect();
      return { x: r.left + 20, y: r.top + 12 };
    });
    await page.mouse.click(box.x, box.y);
    await page.keyboard.press('Escape');
    expect(await waitForNoCard(session, page)).toBe(true);
  });
});
