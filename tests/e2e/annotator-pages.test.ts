// Pages that are not one static document, in Chromium and Firefox: text added and removed
// after load, a single-page app moving on with history.pushState, an open shadow root, a
// same-origin iframe, and a dark page.
import { describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import {
  allTexts, fixtureArticle, foreignRequests, highlightsIn, hoverText, pause, pollUntil, termClip, totalHighlights, waitForCard, waitForHighlights,
  type Highlights,
} from './harness';
import { waitForRunDone } from './run-done';
import { BROWSERS, useBrowser } from './suite-browser';
import { askBackground } from './popup-driver';

/** Polls until `check` holds for the page's highlights; returns the last read. */
function until(target: Parameters<typeof highlightsIn>[0], check: (h: Highlights) => boolean, timeout = 10_000): Promise<Highlights> {
  return pollUntil(() => highlightsIn(target), check, timeout);
}

describe.each(BROWSERS)('dynamic and composed pages in %s', (kind) => {
  const session = useBrowser(kind);

  it('highlights paragraphs added after load and drops those removed', async () => {
    const page = await session.open('/dynamic.html');
    try {
      // The page adds an update a second after load.
      let h = await until(page, (x) => x['backstory-person'].includes('Mike Waltz'));
      expect(h['backstory-person']).toContain('Mike Waltz');
      expect(h['backstory-place']).toContain('Doha');
      expect(allTexts(h)).not.toContain('National Security Advisor Mike Waltz');

      await page.evaluate(() => {
        const add = (window as unknown as { __addParagraph: (id: string, text: string) => void }).__addParagraph;
        add('u6', 'Secretary of State Marco Rubio said Hamas had freed 183 hostages’ relatives at the Philadelphi Corridor on February 8, 2025.');
      });
      h = await until(page, (x) => x['backstory-person'].includes('Marco Rubio'));
      expect(h['backstory-person']).toContain('Marco Rubio');
      expect(h['backstory-place']).toContain('Philadelphi Corridor');
      expect(h['backstory-date']).toContain('February 8, 2025');

      await page.evaluate(() => {
        (window as unknown as { __removeParagraph: (id: string) => void }).__removeParagraph('u6');
      });
      h = await until(page, (x) => !x['backstory-person'].includes('Marco Rubio'));
      expect(h['backstory-person']).not.toContain('Marco Rubio');
      expect(h['backstory-place']).not.toContain('Philadelphi Corridor');
      // What stayed is still highlighted.
      expect(h['backstory-person']).toContain('Mike Waltz');
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
    } finally {
      await page.close();
    }
  });

  it('a single-page app keeps the reader’s settings as it moves on with pushState', async () => {
    // Numbers off: every run of the page must read the settings (page/start) to keep them off.
    await askBackground(session, 'settings/set', { types: { number: false } });
    const page = await session.open('/spa.html');
    try {
      const go = (k: 'on' | 'off'): Promise<void> => page.evaluate((to) => (window as unknown as { __go: (k: string) => Promise<void> }).__go(to), k);
      let h = await until(page, (x) => x['backstory-person'].includes('Bezalel Smotrich'));
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
      expect(h['backstory-number']).toEqual([]);

      await go('off'); // to /spa/off: an off-topic article, nothing highlighted
      h = await until(page, (x) => totalHighlights(x) === 0);
      expect(totalHighlights(h)).toBe(0);
      await go('on'); // to /spa/on: another address than the document loaded at
      h = await until(page, (x) => x['backstory-person'].includes('Bezalel Smotrich'));
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
      // Looked at once that run has ended, not merely soon after its first marks.
      expect(await waitForRunDone(session, page)).toBe(true);
      expect((await highlightsIn(page))['backstory-number']).toEqual([]);

      // Turned off on the site from here, it goes dark.
      await askBackground(session, 'settings/set', { offSites: ['127.0.0.1'] });
      h = await until(page, (x) => totalHighlights(x) === 0);
      expect(totalHighlights(h)).toBe(0);
    } finally {
      await askBackground(session, 'settings/set', { types: { number: true }, offSites: [] });
      await page.close();
    }
  });

  it('highlights an article an app puts in well after the gate turned the empty page away', async () => {
    const page = await session.open('/spa.html?late=1500');
    try {
      const h = await until(page, (x) => x['backstory-person'].includes('Bezalel Smotrich'));
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
      expect(h['backstory-place']).toContain('Gaza Strip');
    } finally {
      await page.close();
    }
  });

  it('highlights an article an app renders into a shadow root after the gate turned the page away', async () => {
    // The app's own render never comes: the page stays empty, and off topic, until then.
    const page = await session.open('/spa.html?late=600000');
    try {
      // The gate has turned it away (a fixed 1.5 s may not see its answer on a loaded machine).
      expect(await waitForRunDone(session, page)).toBe(true);
      expect(totalHighlights(await highlightsIn(page))).toBe(0);
      await page.evaluate(async (article: string) => {
        const host = document.createElement('news-article');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        // The content comes after the host: only a watch on the root itself sees it.
        await new Promise((resolve) => setTimeout(resolve, 50));
        root.innerHTML = article;
      }, fixtureArticle('ontopic.html'));
      const h = await until(page, (x) => x['backstory-person'].includes('Bezalel Smotrich'), 15_000);
      expect(h['backstory-place']).toContain('Gaza Strip');
    } finally {
      await page.close();
    }
  });

  it('highlights updates a page adds while its text is read and the topic gate answers', async () => {
    const page = await session.open('/live-updates.html');
    try {
      await page.waitForFunction(() => (window as unknown as { __updates: number }).__updates >= 60, { timeout: 10_000 });
      // Every update names a person: each paragraph ends up holding a person's range.
      const missing = async (): Promise<number[]> =>
        page.evaluate(() => {
          const marked = new Set<Element>();
          CSS.highlights.get('backstory-person')?.forEach((range) => {
            const p = (range.startContainer as Node).parentElement?.closest('p.update');
            if (p) marked.add(p);
          });
          return [...document.querySelectorAll('p.update')].flatMap((p, i) => (marked.has(p) ? [] : [i + 1]));
        });
      const left = await pollUntil(missing, (l) => l.length === 0, 10_000, 200);
      expect(left).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('highlights text inside an open shadow root, with ranges in that root', async () => {
    const page = await session.open('/shadow.html');
    try {
      const h = await waitForHighlights(page, { atLeast: 5 });
      expect(h['backstory-place']).toContain('Jenin');
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
      expect(h['backstory-number']).toEqual(expect.arrayContaining(['at least 50 militants', '33 hostages']));
      const inShadow = await page.evaluate(() => {
        let n = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.indexOf('backstory-') !== 0) return;
          highlight.forEach((range) => {
            if (range.startContainer.getRootNode() instanceof ShadowRoot) n++;
          });
        });
        return n;
      });
      expect(inShadow).toBeGreaterThanOrEqual(4);
      await hoverText(page, 'Jenin');
      const card = await waitForCard(session, page, { until: (c) => c.text.includes('Jenin') && !c.text.includes('Loading') });
      expect(card.text).toContain('Jenin');
    } finally {
      await page.close();
    }
  });

  it('highlights a same-origin iframe in that frame’s own registry', async () => {
    const page = await session.open('/iframe-parent.html');
    try {
      const child = await waitForFrame(() => page.frames(), '/iframe-child.html');
      const inner = await waitForHighlights(child, { atLeast: 5 });
      expect(inner['backstory-place']).toContain('Philadelphi Corridor');
      expect(inner['backstory-person']).toEqual(expect.arrayContaining(['Bezalel Smotrich', 'Steve Witkoff']));
      expect(inner['backstory-number']).toContain('at least 47,498 deaths');
      const outer = await waitForHighlights(page, { atLeast: 3 });
      expect(outer['backstory-person']).toContain('Donald Trump');
      // Each document keeps its own ranges.
      expect(outer['backstory-place']).not.toContain('Philadelphi Corridor');
    } finally {
      await page.close();
    }
  });

  it('highlights a dark page and shows them in colour', async () => {
    const page = await session.open('/dark.html');
    try {
      const h = await waitForHighlights(page, { atLeast: 10 });
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
      // The fixture is grey on black: any saturated pixel on a term is Backstory's styling.
      for (const term of ['Bezalel Smotrich', 'at least 47,498 deaths']) {
        const clip = await termClip(page, term);
        expect(clip, term).toBeTruthy();
        if (!clip) continue;
        const shot = await page.screenshot({ clip, encoding: 'base64', type: 'png' });
        expect(await saturatedShare(String(shot)), `no colour on "${term}"`).toBeGreaterThan(0.02);
      }
      // Printed, the page has none of Backstory's marks (the highlights are still registered).
      // Chromium only: puppeteer emulates print media over CDP, which Firefox does not speak.
      if (kind === 'firefox') return;
      await page.emulateMediaType('print');
      for (const term of ['Bezalel Smotrich', 'at least 47,498 deaths']) {
        const clip = await termClip(page, term);
        if (!clip) continue;
        const shot = await page.screenshot({ clip, encoding: 'base64', type: 'png' });
        expect(await saturatedShare(String(shot)), `colour on "${term}" in print`).toBeLessThan(0.005);
      }
      expect(totalHighlights(await highlightsIn(page))).toBeGreaterThanOrEqual(10);
    } finally {
      await page.close();
    }
  });

  it('asks no host but 127.0.0.1, and throws no page error', () => {
    expect(foreignRequests(session)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

async function waitForFrame(frames: () => Frame[], pathEnd: string, timeout = 10_000): Promise<Frame> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const frame = frames().find((f) => f.url().endsWith(pathEnd));
    if (frame) return frame;
    await pause(100);
  }
  throw new Error(`no frame ${pathEnd}`);
}

/** Share of pixels with a clear hue (HSV saturation > 0.3, not near black), decoded in Node. */
async function saturatedShare(base64Png: string): Promise<number> {
  const { decodePng } = await import('./png-pixels');
  const { width, height, rgba } = decodePng(Buffer.from(base64Png, 'base64'));
  let coloured = 0;
  for (let i = 0; i < width * height; i++) {
    const r = rgba[i * 4] as number, g = rgba[i * 4 + 1] as number, b = rgba[i * 4 + 2] as number;
    const max = Math.max(r, g, b), min = Math.min(r, g, b);
    if (max > 40 && (max - min) / max > 0.3) coloured++;
  }
  return coloured / (width * height);
}
