// A stored name in capitals and the page's title-case form of it (alias-caps-forms.ts,
// matcher.ts and annotate.ts together).
import { describe, expect, it } from 'vitest';
import { titleCaseForms } from './alias-caps-forms';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';
import type { Article } from './types';

const lexicon = placeLexicon();
const nonNames = demonyms();
const article = (id: string, paragraphs: string[]): Article => ({ id, title: 'Fire', source: 'test wire', url: null, date: '2025-01-09', language: 'en', paragraphs });

/** The stored entity id each name of `page` links to, with `stored` in the store. */
function linksOn(stored: Article, page: string): [string, string | null][] {
  const index = buildKnowledge([stored], { lexicon, nonNames });
  const matcher = compileMatcher(buildMatcherPackage(index, lexicon, nonNames));
  return annotateText(matcher, page)
    .filter((a) => a.kind === 'person' || a.kind === 'place' || a.kind === 'org')
    .map((a) => [a.text, a.entityId]);
}

describe('a stored name in capitals', () => {
  it('links the page’s title-case form ("CAL FIRE" → "Cal Fire")', () => {
    const stored = article('s', ['CAL FIRE said the fire had burned 23,000 acres. A spokesman for CAL FIRE said crews were tired.']);
    const links = linksOn(stored, 'Cal Fire said the blaze was contained.');
    expect(links).toHaveLength(1);
    expect(links[0]?.[0]).toBe('Cal Fire');
    expect(links[0]?.[1]).toMatch(/:cal-fire$/);
  });

  it('types the stored name a body, so the page’s link shows one ("CAL FIRE said")', () => {
    const stored = article('s', ['CAL FIRE said the fire had burned 23,000 acres.']);
    expect(linksOn(stored, 'Cal Fire said the blaze was contained.')).toEqual([['Cal Fire', 'org:cal-fire']]);
  });

  it('links a particle opening the name in title case as well ("DE BEERS" → "De Beers")', () => {
    const stored = article('s', ['DE BEERS said rough diamond prices fell by 10 percent.']);
    expect(linksOn(stored, 'De Beers said prices fell again.').map(([, id]) => id)).toEqual(['org:de-beers']);
  });

  it('writes joiners in lower case and keeps acronyms, and leaves a lone word or a mixed-case name alone', () => {
    expect(titleCaseForms('BANK OF AMERICA')).toEqual(['Bank of America']);
    expect(titleCaseForms('U.S. STEEL')).toEqual(['U.S. Steel']);
    expect(titleCaseForms('US ARMY')).toEqual(['US Army']);
    expect(titleCaseForms('NASA')).toEqual([]);
    expect(titleCaseForms('US')).toEqual([]);
    expect(titleCaseForms('Cal Fire')).toEqual([]);
    expect(titleCaseForms('UN HQ')).toEqual([]);
    expect(titleCaseForms('DE BEERS')).toEqual(['DE Beers', 'De Beers']);
    expect(titleCaseForms('LA FITNESS')).toEqual(['LA Fitness', 'La Fitness']);
  });
});
