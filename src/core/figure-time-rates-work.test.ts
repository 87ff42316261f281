// The stored side of a rate per a unit of time is its own sentence's reading: read once per
// stored fact (figure-time-rates.ts), not once for every page figure set against it. Counted
// by calls of the rate pattern, not timed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repeatedFacts } from '../../tests/support/stored-figures';
import { sameRates } from './figure-time-rates';
import { findQuantities } from './quantities';
import type { Fact } from './types';

/** A store of `n` facts of a plant's daily output, each in a paragraph of its own. */
const store = (n: number): Fact[] => repeatedFacts(n, '2024-05-02', 'The plant builds about 1,200 cars each day, the union said');

afterEach(() => vi.restoreAllMocks());

describe('sameRates: the stored rate of each fact', () => {
  it('is read once per stored fact, however many page figures are set against it', () => {
    const facts = store(6);
    const sentence = 'The plant turns out about 50 cars an hour.';
    const q = findQuantities(sentence).find((f) => f.text === 'about 50 cars');
    if (!q) throw new Error('no figure');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    // Every fact reaches its rate and agrees through it, three times over.
    for (let i = 0; i < 3; i++) expect(sameRates(facts, q, sentence).filter((c) => c.verdict === 'agrees')).toHaveLength(6);
    const rateReads = exec.mock.contexts.filter((re) => re instanceof RegExp && re.source.includes('(hour|day|week|month|year)'));
    // Three of the page's figure, one of each stored fact's.
    expect(rateReads).toHaveLength(3 + 6);
  });
});
