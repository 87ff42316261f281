// A page that keeps changing after load, in Chromium and Firefox: a live clock in the
// navigation above the article, a "Read more" expander, a shadow host inside a paragraph
// whose light text is edited, a story component added later in a shadow root of its own, and
// one defined (so given its shadow root) a second after load, once the run has read the page.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { allTexts, fixtureArticle, highlightsIn, hoverText, pause, pollUntil, totalHighlights, waitForCard, waitForHighlights, type Highlights } from './harness';
import { waitForRunDone } from './run-done';
import { BROWSERS, useBrowser } from './suite-browser';

/** Polls until `check` holds for the page's highlights; returns the last read. */
function until(page: Page, check: (h: Highlights) => boolean, timeout = 10_000): Promise<Highlights> {
  return pollUntil(() => highlightsIn(page), check, timeout);
}

/** Calls one of the fixture's window.__* hooks. */
function call(page: Page, hook: string): Promise<void> {
  return page.evaluate((name) => (window as unknown as Record<string, () => void>)[name]!(), hook);
}

const count = (list: string[], text: string): number => list.filter((t) => t === text).length;

/** The seconds the fixture's clock shows (it ticks four times a second). */
const clockAt = (page: Page): Promise<number> => page.evaluate(() => Number(document.getElementById('clock')!.textContent));

/** Holds the ranges drawn over "Jerusalem" in #p-host, for jerusalemRedrawn. */
function markJerusalem(page: Page): Promise<void> {
  return page.evaluate(() => {
    const held: AbstractRange[] = [];
    CSS.highlights.forEach((h) =>
      h.forEach((range) => {
        if (range.startContainer.parentElement?.id === 'p-host' && (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset) === 'Jerusalem') held[held.length] = range;
      }),
    );
    if (held.length === 0) throw new Error('no mark over "Jerusalem" in #p-host');
    (window as unknown as { __jerusalem: AbstractRange[] }).__jerusalem = held;
  });
}

/** Whether "Jerusalem" in #p-host has a mark that is none of those markJerusalem held. */
function jerusalemRedrawn(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const held = (window as unknown as { __jerusalem: AbstractRange[] }).__jerusalem;
    let fresh = false;
    CSS.highlights.forEach((h) =>
      h.forEach((range) => {
        for (let i = 0; i < held.length; i++) if (held[i] === range) return;
        if (range.startContainer.parentElement?.id !== 'p-host') return;
        if ((range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset) === 'Jerusalem') fresh = true;
      }),
    );
    return fresh;
  });
}

describe.each(BROWSERS)('a page changing under its marks in %s', (kind) => {
  const session = useBrowser(kind);

  it('a clock ticking in the navigation leaves the article’s marks alone', async () => {
    const page = await session.open('/mutations.html');
    try {
      await waitForHighlights(page, { atLeast: 4 });
      // Hold on to the range drawn over "Benjamin Netanyahu"; re-reading the whole page on
      // each tick would replace it.
      const held = await page.evaluate(() => {
        let found = false;
        CSS.highlights.get('backstory-person')?.forEach((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          if (live.toString() !== 'Benjamin Netanyahu') return;
          (window as unknown as { __held: AbstractRange }).__held = range;
          found = true;
        });
        return found;
      });
      expect(held).toBe(true);
      // Six ticks of the page's own clock (a loaded machine slows them as much as the run).
      const from = await clockAt(page);
      expect(await pollUntil(() => clockAt(page), (now) => now >= from + 6)).toBeGreaterThanOrEqual(from + 6);
      const kept = await page.evaluate(() =>
        CSS.highlights.get('backstory-person')?.has((window as unknown as { __held: AbstractRange }).__held) ?? false);
      expect(kept).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('a bare clock ticking in a text node directly under the body re-reads that text, not the page', async () => {
    const page = await session.open('/mutations.html?clock=0&bare-clock');
    try {
      await waitForHighlights(page, { atLeast: 4 });
      const dohas = count((await highlightsIn(page))['backstory-place'], 'Doha');
      // The article's mark over "Benjamin Netanyahu": a re-read of the whole body, at each
      // tick, would replace it with a new range.
      expect(await page.evaluate(() => {
        const w = window as unknown as { __held?: AbstractRange; __ticks: number };
        CSS.highlights.get('backstory-person')?.forEach((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          if (live.toString() === 'Benjamin Netanyahu') w.__held = range;
        });
        // The clock: a text node of the body's own, after the article, ticking four times a second.
        const bare = document.createTextNode('Doha desk, update 0');
        document.body.append(bare);
        w.__ticks = 0;
        setInterval(() => void (bare.data = `Doha desk, update ${++w.__ticks}`), 250);
        return w.__held !== undefined;
      })).toBe(true);
      const ticks = (): Promise<number> => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
      expect(await pollUntil(ticks, (n) => n >= 6)).toBeGreaterThanOrEqual(6);
      // Its own text is read (its place marked), the article's marks left alone.
      const h = await until(page, (x) => count(x['backstory-place'], 'Doha') === dohas + 1);
      expect(count(h['backstory-place'], 'Doha')).toBe(dohas + 1);
      const kept = await page.evaluate(() =>
        CSS.highlights.get('backstory-person')?.has((window as unknown as { __held: AbstractRange }).__held) ?? false);
      expect(kept).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('text under the body beside inline elements, changing length: marks and hover land on its words', async () => {
    const page = await session.open('/mutations.html?clock=0');
    try {
      await waitForHighlights(page, { atLeast: 4 });
      const before = allTexts(await highlightsIn(page));
      // A run of the body's own: a loose text node that grows at each tick, ending in a name
      // a <b> beside it ends, then loose text after it. Each re-read of the run must read the
      // run whole and map its names to its nodes as they now are.
      await page.evaluate(() => {
        const w = window as unknown as { __ticks: number };
        const lead = document.createTextNode('then talks with Benjamin ');
        const b = document.createElement('b');
        b.textContent = 'Netanyahu';
        document.body.append(lead, b, document.createTextNode(' in Doha, said Hamas, would go on.'));
        w.__ticks = 0;
        const timer = setInterval(() => {
          lead.data = `${'and then '.repeat(++w.__ticks)}talks with Benjamin `;
          if (w.__ticks === 6) clearInterval(timer);
        }, 200);
      });
      await pollUntil(() => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks), (n) => n >= 6);
      await pause(600); // the last tick's batch (~150 ms) and its matching
      const added = (h: Highlights): string[] => {
        const left = [...before];
        return allTexts(h).filter((t) => (left.includes(t) ? (left.splice(left.indexOf(t), 1), false) : true)).sort();
      };
      const want = ['Benjamin Netanyahu', 'Doha', 'Hamas'].join();
      const h = await until(page, (x) => added(x).join() === want);
      expect(added(h).join()).toBe(want);
      await hoverText(page, 'Hamas', { within: 'said Hamas, would' });
      const card = await waitForCard(session, page, { until: (c) => c.text.includes('Hamas') && !c.text.includes('Loading') });
      expect(card.text).toContain('Hamas');
    } finally {
      await page.close();
    }
  });

  it('highlights text a "Read more" reveals', async () => {
    const page = await session.open('/mutations.html?clock=0');
    try {
      await waitForHighlights(page, { atLeast: 4 });
      expect((await highlightsIn(page))['backstory-person']).not.toContain('Steve Witkoff');
      await call(page, '__readMore');
      const h = await until(page, (x) => x['backstory-person'].includes('Steve Witkoff'));
      expect(h['backstory-person']).toContain('Steve Witkoff');
    } finally {
      await page.close();
    }
  });

  it('editing a paragraph that holds a shadow host does not double the shadow text’s marks', async () => {
    const page = await session.open('/mutations.html?clock=0');
    try {
      let h = await until(page, (x) => x['backstory-person'].includes('Bezalel Smotrich'));
      expect(count(h['backstory-person'], 'Bezalel Smotrich')).toBe(1);
      await markJerusalem(page);
      await call(page, '__editHostParagraph');
      // The edit is handled once the edited text's own mark is drawn anew; then count.
      expect(await pollUntil(() => jerusalemRedrawn(page), (done) => done)).toBe(true);
      h = await highlightsIn(page);
      expect(count(h['backstory-person'], 'Bezalel Smotrich')).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('opens the card for a term in a shadow root added after load', async () => {
    const page = await session.open('/mutations.html?clock=0');
    try {
      await waitForHighlights(page, { atLeast: 4 });
      await call(page, '__addLateStory');
      const h = await until(page, (x) => x['backstory-person'].includes('Mike Waltz'));
      expect(h['backstory-person']).toContain('Mike Waltz');
      await hoverText(page, 'Mike Waltz');
      const card = await waitForCard(session, page, { until: (c) => c.text.includes('Waltz') && !c.text.includes('Loading') });
      expect(card.text).toContain('Waltz');
    } finally {
      await page.close();
    }
  });

  it('highlights a component’s shadow-root text when the page defines it after the run read it', async () => {
    const page = await session.open('/late-component.html');
    try {
      await waitForHighlights(page, { atLeast: 3 });
      // Read while still undefined: its shadow root, attached on definition, makes no record.
      await page.evaluate(() => (window as unknown as { __define: () => void }).__define());
      const h = await until(page, (x) => x['backstory-person'].includes('Steve Witkoff'), 15_000);
      expect(h['backstory-person']).toContain('Steve Witkoff');
    } finally {
      await page.close();
    }
  });

  it('highlights an article a component renders once defined, on a page the gate turned away', async () => {
    // An empty page, off topic, until a component added undefined is defined a second later
    // and renders the article into its shadow root.
    const page = await session.open('/spa.html?late=600000');
    try {
      // The gate has turned it away (a fixed 1.5 s may not see its answer on a loaded machine).
      expect(await waitForRunDone(session, page)).toBe(true);
      expect(totalHighlights(await highlightsIn(page))).toBe(0);
      await page.evaluate(async (article: string) => {
        document.body.append(document.createElement('late-article'));
        await new Promise((resolve) => setTimeout(resolve, 1000));
        customElements.define('late-article', class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = article;
          }
        });
      }, fixtureArticle('ontopic.html'));
      const h = await until(page, (x) => x['backstory-person'].includes('Bezalel Smotrich'), 15_000);
      expect(h['backstory-person']).toContain('Bezalel Smotrich');
    } finally {
      await page.close();
    }
  });

  it('throws no page error', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
