import { describe, expect, it, vi } from 'vitest';
import { cachedPerFact } from './fact-cache';
import type { Fact } from './types';

const fact = (sentence: string): Fact => ({
  id: sentence,
  quantity: { text: '3', kind: 'number', form: 'count', value: 3, unit: null, qualifier: null, start: 0, end: 1 },
  where: { articleId: 'a', sentence, start: 0, end: 1 },
  measure: [],
});

describe('cachedPerFact', () => {
  it('reads each fact once, however often it is asked, and keeps facts apart', () => {
    const read = vi.fn((f: Fact) => f.where.sentence.length);
    const lengthOf = cachedPerFact(read);
    const [a, b] = [fact('3 died.'), fact('3 were hurt in all.')];
    for (let i = 0; i < 5; i++) expect([lengthOf(a), lengthOf(b)]).toEqual([7, 19]);
    expect(read).toHaveBeenCalledTimes(2);
  });
  it('keeps a reading of null or undefined too', () => {
    const read = vi.fn((): null => null);
    const nothing = cachedPerFact(read);
    const a = fact('3 died.');
    nothing(a);
    nothing(a);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
