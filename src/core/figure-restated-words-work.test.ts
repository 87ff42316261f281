// The stored side of a restatement in the same words is its sentence's own clause words: read
// once per stored fact (figure-restated-words.ts), not once for every page figure set against
// it. Counted by calls, not timed.
import { describe, expect, it, vi } from 'vitest';
import { repeatedFacts } from '../../tests/support/stored-figures';
import { compareFigure } from './facts';
import { clauseAround } from './measure-clauses';
import { findQuantities } from './quantities';
import type { Fact } from './types';

// The module as it is, with its clause reading counted.
vi.mock('./measure-clauses', async (original) => {
  const actual = await original<typeof import('./measure-clauses')>();
  return { ...actual, clauseAround: vi.fn(actual.clauseAround) };
});

/** A store of `n` facts of a rover's battery, each in a paragraph of its own. */
const store = (n: number): Fact[] => repeatedFacts(n, '2024-05-02', 'The rover carried enough battery power for 90 days when it landed');

describe('compareFigure: the stored clause words of a restatement in the same words', () => {
  it('are read once per stored fact, however many page figures are set against it', () => {
    const facts = store(6);
    const sentence = 'Engineers said the rover had battery power for 90 days.';
    const q = findQuantities(sentence).find((f) => f.text === '90 days');
    if (!q) throw new Error('no figure');
    vi.mocked(clauseAround).mockClear();
    // Every fact reaches the words and agrees through them, three times over.
    for (let i = 0; i < 3; i++) expect(compareFigure(facts, q, sentence).filter((c) => c.verdict === 'agrees')).toHaveLength(6);
    const storedReads = vi.mocked(clauseAround).mock.calls.filter(([s, start, end]) => facts.some((f) => f.where.sentence === s && f.where.start === start && f.where.end === end));
    expect(storedReads).toHaveLength(6);
  });
});
