// The annotator on plain news pages, in Chromium and Firefox with the built extension:
// highlight names and exact spans on an on-topic article (docs/annotation-guidelines.md),
// nothing on off-topic pages, the page's DOM left alone, no request beyond 127.0.0.1.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  HIGHLIGHT_NAMES, allTexts, foreignRequests, highlightsIn, mutationsIn, totalHighlights, waitForHighlights,
  type Highlights,
} from './harness';
import { waitForRunDone } from './run-done';
import { BROWSERS, useBrowser } from './suite-browser';

/** Spans the on-topic fixture must show under each name (a subset: discovery may add more). */
const EXPECTED: Partial<Record<keyof Highlights, string[]>> = {
  'backstory-person': ['Benjamin Netanyahu', 'Bezalel Smotrich', 'Smotrich', 'Steve Witkoff', 'Witkoff', 'Donald Trump', 'Netanyahu'],
  'backstory-org': ['Hamas', 'Israel Defense Forces', 'United Nations'],
  'backstory-place': ['Qatar', 'Gaza', 'Tel Aviv', 'Gaza Strip', 'West Bank', 'Jenin', 'Philadelphi Corridor', 'Egypt'],
  'backstory-number': ['33 hostages', 'approximately 1,900', 'at least 47,498 deaths', '48,200 deaths', 'at least 50 militants', 'over 545,000'],
  'backstory-date': ['January 19', 'October 7, 2023', 'January 21', 'February 5, 2025'],
  // One event the stored articles know (the Holocaust), one they do not (the Nova festival).
  'backstory-event': ['Nova', 'Holocaust'],
};

/** Never a span on that page: titles, demonyms, weekdays, "the", possessives, word ordinals,
 *  and text in hidden, aria-hidden, form, contenteditable and script elements. */
const FORBIDDEN = [
  'Prime Minister Benjamin Netanyahu', 'Finance Minister Bezalel Smotrich', 'President Donald Trump', 'President', 'Prime Minister',
  'Israeli', 'Egyptian', 'Palestinian', 'Wednesday', 'Tuesday', 'Monday', 'the Gaza Strip', 'Smotrich’s', 'Netanyahu’s',
  'second phase', 'first phase', 'Marco Rubio', 'Rubio', 'Mike Waltz', 'Waltz', 'Rafah', 'Ben Gurion Airport', 'Khan Younis', 'Operation Iron Wall',
];

describe.each(BROWSERS)('annotator in %s', (kind) => {
  const session = useBrowser(kind);
  let onTopic: Page;
  let highlights: Highlights;

  beforeAll(async () => {
    onTopic = await session.open('/ontopic.html');
    highlights = await waitForHighlights(onTopic, { atLeast: 10 });
  });

  it('registers the six type names; any other backstory-* name but notes only restyles their ranges', async () => {
    const registry = await onTopic.evaluate((types: string[]) => {
      const names: string[] = [];
      let strays = 0;
      CSS.highlights.forEach((overlay, name) => {
        // backstory-note marks the reader's own notes, not terms: its ranges stand alone.
        if (name.indexOf('backstory-') !== 0 || name === 'backstory-note') return;
        names[names.length] = name;
        if (types.indexOf(name) >= 0) return;
        // An overlay (e.g. linked terms drawn stronger) must add no range of its own.
        overlay.forEach((range) => {
          let typed = false;
          for (let i = 0; i < types.length; i++) if (CSS.highlights.get(types[i] as string)?.has(range)) typed = true;
          if (!typed) strays++;
        });
      });
      return { names, strays };
    }, [...HIGHLIGHT_NAMES]);
    expect(registry.names).toEqual(expect.arrayContaining([...HIGHLIGHT_NAMES]));
    expect(registry.strays).toBe(0);
  });

  it.each(Object.entries(EXPECTED))('%s holds the minimal spans of the article', (name, spans) => {
    expect(highlights[name as keyof Highlights]).toEqual(expect.arrayContaining(spans));
  });

  it('draws the entities the stored articles know stronger than the ones they do not', async () => {
    const linked = await onTopic.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.get('backstory-linked')?.forEach((r) => {
        const range = r as AbstractRange;
        out[out.length] = (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset);
      });
      return out;
    });
    expect(linked).toEqual(expect.arrayContaining(['Benjamin Netanyahu', 'Hamas', 'Jenin', 'Holocaust']));
    // Found on the page only (its own name cues), and figures: typed, not linked.
    expect(linked).not.toContain('Nova');
    expect(linked).not.toContain('33 hostages');
  });

  it('marks no title, demonym, weekday, possessive or invisible text', () => {
    const texts = allTexts(highlights);
    for (const wrong of FORBIDDEN) expect(texts, `"${wrong}" must not be a span`).not.toContain(wrong);
    for (const text of texts) {
      expect(text, `span "${text}" has stray whitespace or punctuation`).not.toMatch(/^[\s,;:.'"’“”()[\]-]|[\s,;:'"’“”()[\]-]$/u);
    }
  });

  it('puts each kind of thing under its own name', () => {
    expect(highlights['backstory-person']).not.toContain('Hamas');
    expect(highlights['backstory-place']).not.toContain('Smotrich');
    expect(highlights['backstory-number']).not.toContain('October 7, 2023');
    expect(highlights['backstory-date']).not.toContain('33 hostages');
    // A year inside a full date is part of that date's one span.
    expect(highlights['backstory-date']).not.toContain('2023');
  });

  // The long one is read only as far as the topic gate reads before it is left alone.
  it.each(['/offtopic-superbowl.html', '/offtopic-earnings.html', '/gen/offtopic-long.html?words=50000'])('leaves the off-topic page %s alone', async (path) => {
    const page = await session.open(path);
    try {
      // Once the gate has answered and the run is over (a fixed 3 s was no answer at all on
      // a loaded machine): nothing drawn, then or later.
      expect(await waitForRunDone(session, page)).toBe(true);
      expect(totalHighlights(await highlightsIn(page))).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('changes no node of the page', async () => {
    const mutations = await mutationsIn(onTopic);
    // Nothing was hovered here, so no card host either: the page must be untouched.
    expect(mutations).toEqual([]);
    const editable = await onTopic.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).value);
    expect(editable).toBe('Aid convoys waited at Rafah for hours.');
  });

  it('reads an article served as plain text (the browser shows it as one <pre>)', async () => {
    const page = await session.open('/plain-article.txt');
    try {
      const h = await waitForHighlights(page, { atLeast: 10 });
      for (const name of ['Benjamin Netanyahu', 'Steve Witkoff']) expect(h['backstory-person']).toContain(name);
      expect(h['backstory-number']).toContain('48,200 deaths');
    } finally {
      await page.close();
    }
  });

  it('asks no host but 127.0.0.1', () => {
    expect(session.server.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(session)).toEqual([]);
  });

  it('throws no error in the pages', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
