import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';

// A store of its own, written for this test, that holds a town named Ford.
const STORE = buildKnowledge(
  [
    {
      id: 'storm',
      title: 'Storm',
      source: 'test',
      url: null,
      date: '2025-03-03',
      language: 'en',
      paragraphs: ['A storm hit the town of Ford, Kansas, on Monday. Residents of Ford said the roads were shut.'],
    },
  ],
  { lexicon: placeLexicon(), nonNames: demonyms() },
);
const matcher = compileMatcher(buildMatcherPackage(STORE, placeLexicon(), demonyms()));
const last = (text: string) => {
  const at = text.lastIndexOf('Ford');
  const a = annotateText(matcher, text).find((x) => x.start === at);
  return a && [a.kind, a.entityId, a.canonical];
};

describe('a stored town that is the surname of the page’s person', () => {
  it('is the company named for the person where it says "it" of a firm’s business', () => {
    expect(last('Henry Ford built cars in Detroit. Ford said it would cut jobs.')).toEqual(['org', null, 'Ford']);
  });

  it('is the person otherwise, and the town after a place’s preposition', () => {
    expect(last('Henry Ford built cars in Detroit. Ford said the car would sell.')).toEqual(['person', null, 'Henry Ford']);
    expect(last('Henry Ford built cars. Roads near Ford were shut.')).toEqual(['place', 'place:ford', 'Ford']);
  });
});

describe('a place’s preposition before a stored town', () => {
  it('keeps the town only on the town’s line: one that ends the line before is another phrase’s', () => {
    expect(last('Henry Ford built cars. Read more in\nFord said the car would sell.')).toEqual(['person', null, 'Henry Ford']);
  });
});
