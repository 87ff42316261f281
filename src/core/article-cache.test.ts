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

describe('ArticleCache kept elsewhere', () => {
  it('hands out what each build made and dropped, once', () => {
    const cache = new ArticleCache<string>();
    cache.begin('lex');
    cache.get('a', 'h1', () => 'A');
    cache.get('b', 'h1', () => 'B');
    cache.end();
    expect(cache.takeChanges()).toEqual({ lexiconKey: 'lex', made: [{ id: 'a', hash: 'h1', value: 'A' }, { id: 'b', hash: 'h1', value: 'B' }], dropped: [] });
    expect(cache.takeChanges()).toBeNull();
    cache.begin('lex');
    cache.get('a', 'h1', () => 'A2');
    cache.get('c', 'h1', () => 'C');
    cache.end();
    expect(cache.takeChanges()).toEqual({ lexiconKey: 'lex', made: [{ id: 'c', hash: 'h1', value: 'C' }], dropped: ['b'] });
    cache.begin('other');
    cache.get('a', 'h1', () => 'A3');
    cache.end();
    // Another lexicon drops everything found with the old one.
    expect(cache.takeChanges()).toEqual({ lexiconKey: 'other', made: [{ id: 'a', hash: 'h1', value: 'A3' }], dropped: ['a', 'c'] });
  });

  it('a primed cache serves entries with the same hash, lexicon and release only', () => {
    const cache = new ArticleCache<string>();
    const kept = (id: string, value: string, lexiconKey = 'lex', tag = '1.0') => ({ id, hash: 'h1', value, lexiconKey, tag });
    cache.prime('1.0', [kept('a', 'A'), kept('b', 'B'), kept('gone', 'G')]);
    cache.begin('lex');
    expect(cache.get('a', 'h1', () => 'A2')).toBe('A');
    expect(cache.get('b', 'h2', () => 'B2')).toBe('B2'); // changed article
    cache.end();
    expect(cache.misses).toBe(1);
    expect(cache.takeChanges()?.dropped).toEqual(['gone']);
    // Priming a cache that holds entries changes nothing.
    cache.prime('1.0', [kept('a', 'stale')]);
    cache.begin('lex');
    expect(cache.get('b', 'h2', () => 'B3')).toBe('B2');

    const other = new ArticleCache<string>();
    other.prime('1.0', [kept('a', 'A', 'old lexicon')]);
    other.begin('lex');
    expect(other.get('a', 'h1', () => 'A2')).toBe('A2');
  });

  it('entries another release kept are read again and dropped, those of this release kept', () => {
    const cache = new ArticleCache<string>();
    cache.prime('1.1', [
      { id: 'a', hash: 'h1', value: 'A', lexiconKey: 'lex', tag: '1.0' },
      { id: 'b', hash: 'h1', value: 'B', lexiconKey: 'lex', tag: '1.1' },
      { id: 'c', hash: 'h1', value: 'C', lexiconKey: 'old', tag: '1.1' },
    ]);
    cache.begin('lex');
    expect(cache.get('a', 'h1', () => 'A2')).toBe('A2');
    expect(cache.get('b', 'h1', () => 'B2')).toBe('B');
    expect(cache.get('c', 'h1', () => 'C2')).toBe('C2');
    cache.end();
    expect(cache.misses).toBe(2);
    // Dropped at begin(), so their chunks are written again (with what the build made).
    expect(cache.takeChanges()).toEqual({ lexiconKey: 'lex', made: [{ id: 'a', hash: 'h1', value: 'A2' }, { id: 'c', hash: 'h1', value: 'C2' }], dropped: ['a', 'c'] });
  });
});

describe('ArticleCache.begin', () => {
  it('drops by release and lexicon only: an entry on changed text is replaced in get(), not dropped', () => {
    const cache = new ArticleCache<string>();
    cache.prime('1.1', [
      { id: 'a', hash: 'old', value: 'A', lexiconKey: 'lex', tag: '1.1' },
      { id: 'b', hash: 'h1', value: 'B', lexiconKey: 'lex', tag: '1.0' },
    ]);
    cache.begin('lex');
    expect(cache.size).toBe(1); // 'b' (another release) went; 'a' waits for its article's hash
    expect(cache.get('a', 'new', () => 'A2')).toBe('A2');
    cache.end();
    expect(cache.takeChanges()).toEqual({ lexiconKey: 'lex', made: [{ id: 'a', hash: 'new', value: 'A2' }], dropped: ['b'] });
  });
});

describe('buildKnowledge with a cache', () => {
  it('a cache primed from a copy of what an earlier build made (a restarted worker) gives the same index', () => {
    const first = createKnowledgeCache();
    buildKnowledge(seeds, lexicon, first);
    // structuredClone: what the store gives back.
    const kept = structuredClone(first.takeChanges());
    const restarted = createKnowledgeCache();
    restarted.prime('', (kept?.made ?? []).map((e) => ({ ...e, tag: '', lexiconKey: kept?.lexiconKey ?? '' })));
    const index = buildKnowledge([...seeds, extra], lexicon, restarted);
    expect(restarted.misses).toBe(1);
    expect(index).toEqual(buildKnowledge([...seeds, extra], lexicon));
  });

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
