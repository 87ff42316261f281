import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';
import type { Article, PageAnnotation } from './types';

// A stored article written for this test that names the World Bank, then "the Bank".
const stored: Article = {
  id: 'wb',
  title: 'World Bank cuts Gaza forecast',
  source: 'Test Wire',
  url: null,
  date: '2025-02-01',
  language: 'en',
  paragraphs: ['The World Bank cut its forecast for Gaza on Monday. The Bank said the economy shrank by 80%. The Federal Reserve held rates.'],
};
const index = buildKnowledge([stored]);
const matcher = compileMatcher(buildMatcherPackage(index, placeLexicon(), demonyms()));
const names = (text: string): PageAnnotation[] => annotateText(matcher, text).filter((a) => a.kind !== 'number' && a.kind !== 'date');

describe('a generic head on a page', () => {
  it('links to the stored name only after that name on the page', () => {
    expect(names('Analysts said the Bank would cut rates.')).toEqual([]);
    const after = names('The World Bank warned again. The Bank said aid must grow.');
    expect(after.map((a) => [a.text, a.entityId])).toEqual([
      ['World Bank', 'org:world-bank'],
      ['Bank', 'org:world-bank'],
    ]);
  });

  it('is named by the longer name the page gives it when the store does not know it', () => {
    const found = names('The Asian Development Bank held a meeting on Wednesday. Economists said the Bank would wait until June.');
    expect(found.map((a) => [a.text, a.kind, a.canonical])).toEqual([
      ['Asian Development Bank', 'org', 'Asian Development Bank'],
      ['Bank', 'org', 'Asian Development Bank'],
    ]);
  });
});

describe('a country before a stored organisation', () => {
  it('links "US Federal Reserve" as one organisation, not a place and an org', () => {
    const found = names('The US Federal Reserve held rates. The U.S. Federal Reserve chair spoke.');
    expect(found.map((a) => [a.text, a.kind, a.entityId])).toEqual([
      ['US Federal Reserve', 'org', 'org:federal-reserve'],
      ['U.S. Federal Reserve', 'org', 'org:federal-reserve'],
    ]);
  });
});
