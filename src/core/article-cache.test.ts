import { describe, expect, it } from 'vitest';
import { lexicon as places, nonNames, seeds } from '../../tests/support/seed-knowledge';
import { ArticleCache } from './article-cache';
import { buildKnowledge, createKnowledgeCache } from './knowledge';
import type { Article } from './types';

const lexicon = { lexicon: places, nonNames };
const extra: Article = {
  id: 'extra-1',
  title: 'Envoy returns to Doha',
  source: 'test wire',
  url: null,
  date: '2025-02-12',
  language: 'en',
  paragraphs: ['Steve Witkoff, the US envoy, returned to Doha on Monday. Talks with Hamas resume on Tuesday, Qatar said.'],
};

describe('ArticleCache', () => {
  it('makes a value once per article and hash, forgets articles a build no longer has', () => {
    const cache = new ArticleCache<string>();
    let made = 0;
    const make = (v: string) => () => (made++, v);
    cache.begin('lex');
    expect(cache.get('a', 'h1', make('A'))).toBe('A');
    expect(cache.get('b', 'h1', make('B'))).toBe('B');
    cache.end();
    cache.begin('lex');
    expect(cache.get('a', 'h1', make('A2'))).toBe('A'); // same hash: kept
    expect(cache.get('c', 'h1', make('C'))).toBe('C');
    cache.end();
    expect(made).toBe(3);
    expect(cache.size).toBe(2); // 'b' was not in the second build
    cache.begin('lex');
    expect(cache.get('a', 'h2', make('A3'))).toBe('A3'); // changed article: read again
    cache.end();
    cache.begin('other lexicon');
    expect(cache.get('a', 'h2', make('A4'))).toBe('A4'); // another lexicon: nothing kept
    expect(cache.misses).toBe(1);
  });
});

describe('buildKnowledge with a cache', () => {
  it('gives the same index as a build from scratch, reading only what changed', () => {
    const cache = createKnowledgeCache();
    buildKnowledge(seeds, lexicon, cache);
    expect(cache.misses).toBe(seeds.length);

    const added = buildKnowledge([...seeds, extra], lexicon, cache);
    expect(cache.misses).toBe(1);
    expect(added).toEqual(buildKnowledge([...seeds, extra], lexicon));

    const edited = { ...extra, paragraphs: ['Ron Dermer met Steve Witkoff in Cairo on Monday.'] };
    const rebuilt = buildKnowledge([...seeds, edited], lexicon, cache);
    expect(cache.misses).toBe(1);
    expect(rebuilt).toEqual(buildKnowledge([...seeds, edited], lexicon));
    expect(rebuilt.version).not.toBe(added.version);

    const retitled = { ...edited, title: 'Another title' };
    expect(buildKnowledge([...seeds, retitled], lexicon, cache)).toEqual(buildKnowledge([...seeds, retitled], lexicon));
    expect(cache.misses).toBe(1); // the title is part of what the cache is keyed on

    const removed = buildKnowledge(seeds, lexicon, cache);
    expect(cache.misses).toBe(0);
    expect(removed).toEqual(buildKnowledge(seeds, lexicon));
    expect(cache.size).toBe(seeds.length);
  });
});
