// A stored town the gazetteer does not list is weak evidence of a place on a page, as the
// gazetteer's towns are (stored-towns.ts, matcher.ts, annotate.ts together).
import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';
import { storedTowns } from './stored-towns';
import type { Article } from './types';

const lexicon = placeLexicon();
const nonNames = demonyms();
const article = (paragraphs: string[]): Article => ({ id: 'a', title: 'Plants struck', source: 'test wire', url: null, date: '2023-09-15', language: 'en', paragraphs });
const STORED = article([
  'About 12,700 workers walked out at plants in Wentzville, Missouri, and Wayne, Michigan, and at a plant in Toledo, Ohio, the union said.',
  'Talks with the companies in Detroit and in Beijing, China, went on.',
]);

function typesOn(page: string): [string, string][] {
  const index = buildKnowledge([STORED], { lexicon, nonNames });
  const matcher = compileMatcher(buildMatcherPackage(index, lexicon, nonNames));
  return annotateText(matcher, page)
    .filter((a) => a.kind === 'person' || a.kind === 'place' || a.kind === 'org')
    .map((a) => [a.text, a.kind]);
}

describe('stored towns', () => {
  it('are the stored one-word places the gazetteer has no entry of', () => {
    const index = buildKnowledge([STORED], { lexicon, nonNames });
    const towns = storedTowns(lexicon, index.entities);
    expect(towns).toEqual(expect.arrayContaining(['Wentzville', 'Wayne']));
    for (const listed of ['Toledo', 'Ohio', 'Detroit', 'China', 'Beijing', 'Michigan']) expect(towns).not.toContain(listed);
  });
  it('may be a given name before a surname on a page, as a gazetteer town may', () => {
    expect(typesOn('Wayne Kessler struck out 13 batters over seven innings.')).toContainEqual(['Wayne Kessler', 'person']);
  });
  it('are still the stored place alone, and a country before a word still names a body', () => {
    expect(typesOn('Workers in Wayne stayed out on Monday.')).toContainEqual(['Wayne', 'place']);
    expect(typesOn('China Eastern said it would add flights.')).toContainEqual(['China Eastern', 'org']);
  });
  it('are the page\'s person alone after it names him in full (page-surname-towns), not after "in" or before a state', () => {
    expect(typesOn('John Wayne plays a veteran. Wayne starred in 14 films.')).toEqual([
      ['John Wayne', 'person'],
      ['Wayne', 'person'],
    ]);
    expect(typesOn('John Wayne, 72, plays a veteran. Workers in Wayne stayed out, and Wayne, Michigan, was quiet.')).toEqual([
      ['John Wayne', 'person'],
      ['Wayne', 'place'],
      ['Wayne', 'place'],
      ['Michigan', 'place'],
    ]);
  });
  it('stay the town after the person where its people, services or rank follow ("Wayne residents", "Wayne\'s water")', () => {
    expect(typesOn('John Wayne plays a veteran. Wayne residents were told to boil water.')).toEqual([
      ['John Wayne', 'person'],
      ['Wayne', 'place'],
    ]);
    expect(typesOn('John Wayne plays a veteran. Wayne’s water system failed on Monday.')).toContainEqual(['Wayne', 'place']);
    expect(typesOn('John Wayne plays a veteran. Wayne, the county seat, was flooded.')).toContainEqual(['Wayne', 'place']);
  });
});
