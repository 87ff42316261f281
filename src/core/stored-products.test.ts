import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';
import type { Article } from './types';

// Products have none of the four types (docs/annotation-guidelines.md). A stored article that
// shows a name to be a product ("a U.S. Army Black Hawk helicopter") tells the page too, where
// "the Black Hawk" alone shows nothing. Every article and page is written for this test.
const article = (paragraphs: string[]): Article => ({
  id: 'a1',
  title: 'Helicopter and jet collide',
  source: 'Test',
  url: null,
  date: '2025-01-30',
  language: 'en',
  paragraphs,
});
const index = buildKnowledge([article(['A regional jet collided with a U.S. Army Black Hawk helicopter on Wednesday night, officials said.'])]);
const matcher = compileMatcher(buildMatcherPackage(index, placeLexicon(), demonyms()));
const names = (text: string): string[] => annotateText(matcher, text).filter((a) => a.kind !== 'number' && a.kind !== 'date').map((a) => a.text);

describe('a product the stored articles name', () => {
  it('is stored as a product, not an organisation', () => {
    expect(index.products).toEqual(['Black Hawk']);
    expect(index.entities.map((e) => e.name)).not.toContain('Black Hawk');
  });

  it('is no name on a page either ("the Black Hawk had been flying")', () => {
    expect(names('Senators said the Black Hawk had been flying with its transponder off.')).toEqual([]);
  });

  it('stays a name where the page says it is a person’s, and in a longer name', () => {
    expect(names('The club is named for Black Hawk, a Sauk leader who fought in the Black Hawk War.')).toEqual(expect.arrayContaining(['Black Hawk', 'Black Hawk War']));
  });
});
