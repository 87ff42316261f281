import { describe, expect, it } from 'vitest';
import { findSnippet, SNIPPET_CHARS } from './library-search-snippet';

const marked = (s: ReturnType<typeof findSnippet>): string => {
  if (!s) return '(none)';
  let out = '';
  let at = 0;
  for (const [a, b] of s.marks) {
    out += `${s.text.slice(at, a)}[${s.text.slice(a, b)}]`;
    at = b;
  }
  return out + s.text.slice(at);
};

describe('findSnippet', () => {
  it('picks the sentence holding the most query words and marks whole words', () => {
    const paragraphs = ['Troops moved south. The Philadelphi corridor stays closed, officials said.', 'The corridor was quiet.'];
    expect(marked(findSnippet(paragraphs, ['philadelph', 'corridor']))).toBe('The [Philadelphi] [corridor] stays closed, officials said.');
    expect(marked(findSnippet(paragraphs, ['corridor']))).toBe('The Philadelphi [corridor] stays closed, officials said.');
  });

  it('matches accent and case blind, as the index does', () => {
    expect(marked(findSnippet(['Les médiateurs arrivent.'], ['mediateur']))).toBe('Les [médiateurs] arrivent.');
  });

  it('marks a word with an apostrophe whole, as the index reads it', () => {
    const paragraphs = ['Aides met on Monday.', 'Netanyahu’s cabinet met Tom O\'Brien in the Knesset.'];
    expect(marked(findSnippet(paragraphs, ['netanyahu']))).toBe('[Netanyahu’s] cabinet met Tom O\'Brien in the Knesset.');
    expect(marked(findSnippet(paragraphs, ["netanyahu's", "o'brien"]))).toBe('[Netanyahu’s] cabinet met Tom [O\'Brien] in the Knesset.');
    // A query without the apostrophe marks the word written with one.
    expect(marked(findSnippet(paragraphs, ['obrien']))).toBe('Netanyahu’s cabinet met Tom [O\'Brien] in the Knesset.');
    expect(marked(findSnippet(['Ha’aretz reported it first.'], ['haaretz']))).toBe('[Ha’aretz] reported it first.');
    // ... but not a contraction whose letters spell the query.
    expect(findSnippet(["She'll return. It's late."], ['shell'])).toBeNull();
    expect(findSnippet(["She'll return. It's late."], ['its'])).toBeNull();
    // "s" no longer marks a possessive's tail as a word of its own.
    expect(findSnippet(['Netanyahu’s cabinet met.'], ['s'])).toBeNull();
  });

  it('cuts a long sentence around its first mark', () => {
    const long = `${'word '.repeat(60)}Witkoff arrived ${'after '.repeat(60)}end.`;
    const s = findSnippet([long], ['witkoff']);
    expect(s?.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
    expect(s?.text.startsWith('…word')).toBe(true);
    expect(s?.text.endsWith('…')).toBe(true);
    expect(marked(s)).toContain('[Witkoff] arrived');
  });

  it('keeps the stretch with the most marked words when a sentence is cut', () => {
    const sentence = 'Under the initial 42-day deal, Hamas agreed to release 33 hostages in exchange for the staggered release of approximately 1,900 prisoners held by Israel.';
    const s = findSnippet([sentence], ['staggered', 'release']);
    expect(marked(s)).toContain('[staggered] [release]');
    // About the two lines a Library row shows: the marks must be in them.
    expect(s?.text.length).toBeLessThanOrEqual(112);
  });

  it('is null when no sentence holds a query word', () => {
    expect(findSnippet(['Nothing here.'], ['witkoff'])).toBeNull();
    expect(findSnippet(['Nothing here.'], [])).toBeNull();
  });
});
