import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { buildKnowledge } from './knowledge';
import type { Article } from './types';

const article = (id: string, paragraphs: string[]): Article => ({
  id,
  title: 'A report',
  source: 'test wire',
  url: null,
  date: '2025-06-01',
  language: 'en',
  paragraphs,
});
const typeOf = (articles: Article[], name: string) =>
  buildKnowledge(articles, { lexicon: places, nonNames }).entities.find((e) => e.name === name)?.type;

describe('a stored name two texts type differently', () => {
  it('takes the later text\'s type where its own votes say more: a river things sail down', () => {
    const closing = article('a', ['The festival ended on Sunday night. The Olvera, the other worry, held.']);
    const opening = article('b', [
      'About 6,800 athletes sailed down the Olvera on 85 boats. The triathlon is to be held in the Olvera itself.',
    ]);
    expect(typeOf([closing, opening], 'Olvera')).toBe('place');
  });

  it('keeps the first text\'s type against votes borrowed from a list: "in Wayne, Michigan, and Zentara\'s plant"', () => {
    const deal = article('a', ['The union struck deals with Ford on October 25 and Zentara on October 28.']);
    const walkout = article('b', [
      'Workers left plants in Wentzville, Missouri, in Wayne, Michigan, and Zentara\'s Toledo plant in Ohio.',
      'GM and Ford have offered 20%, and Zentara 17.5%.',
    ]);
    expect(typeOf([deal, walkout], 'Zentara')).toBe('org');
  });

  it('keeps the first text\'s type where the name\'s form gave it, whatever a later text votes', () => {
    const first = article('a', ['Shares of Norvane Holdings rose on Monday.']);
    const second = article('b', ['Boats sailed down the Norvane Holdings on Sunday.']);
    expect(typeOf([first, second], 'Norvane Holdings')).toBe('org');
  });
});
