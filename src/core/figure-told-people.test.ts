import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { withoutPassiveSaying } from './figure-told-people';
import type { Article } from './types';

const article: Article = { id: 'a1', title: 'Test', source: 'test', url: null, date: '2024-03-01', language: 'en', paragraphs: [] };
const texts = (paragraph: string) => extractFacts({ ...article, paragraphs: [paragraph] }).map((f) => f.quantity.text);

describe('people a telling befell', () => {
  it('keeps a count of people who were told, not telling: "about 3,000 people had been told to leave"', () => {
    expect(texts('The mayor said about 3,000 people had been told to leave their homes.')).toContain('about 3,000 people');
    expect(texts('Nearly 400 workers were told not to report for their shifts.')).toContain('Nearly 400 workers');
    expect(texts('Some 60 families were also told to boil their water.')).toContain('Some 60 families');
  });
  it('still skips the people a report cites: "two officials told reporters"', () => {
    expect(texts('The plant will close, two officials told reporters.')).toEqual([]);
    expect(texts('Talks stalled, three people who were told of the plan said.')).toEqual([]);
  });
  it('blanks only the passive verb, keeping the length', () => {
    const after = ' had been told to leave, he said';
    expect(withoutPassiveSaying(after)).toBe(' had been ____ to leave, he said');
  });
});
