// compareFigure reads what the page's count of dead or hurt says of its event once per figure,
// then sets that one reading against every stored fact (figure-other-events.ts), as it does
// its reading kind (figure-reading-kinds.ts). Counted by calls, not timed.
import { describe, expect, it, vi } from 'vitest';
import { repeatedFacts } from '../../tests/support/stored-figures';
import { compareFigure } from './facts';
import { pageEventReading } from './figure-other-events';
import { findQuantities } from './quantities';
import type { Fact } from './types';

// The module as it is, with its page reading counted.
vi.mock('./figure-other-events', async (original) => {
  const actual = await original<typeof import('./figure-other-events')>();
  return { ...actual, pageEventReading: vi.fn(actual.pageEventReading) };
});

// Every per-fact reading, with the fact it was read of and what it read.
const reads = vi.hoisted(() => [] as { fact: Fact; value: unknown }[]);
vi.mock('./fact-cache', async (original) => {
  const actual = await original<typeof import('./fact-cache')>();
  return {
    cachedPerFact: <T>(read: (fact: Fact) => T) =>
      actual.cachedPerFact((fact: Fact) => {
        const value = read(fact);
        reads.push({ fact, value });
        return value;
      }),
  };
});

/** A store of `n` facts of one collapse's dead, each in a paragraph of its own. */
const store = (n: number): Fact[] => repeatedFacts(n, '2024-10-25', 'Six workers died when the scaffolding collapsed at the plant');

describe('compareFigure: the event a count of dead or hurt is of', () => {
  it('is read once per page figure, however many stored facts it is set against', () => {
    const facts = store(12);
    const sentence = 'Six workers died in the collapse, the plant said.';
    const q = findQuantities(sentence).find((f) => f.text === 'Six workers');
    if (!q) throw new Error('no figure');
    vi.mocked(pageEventReading).mockClear();
    // Every fact reaches the check past the reading: it is of dead, and each agrees.
    expect(compareFigure(facts, q, sentence).filter((c) => c.verdict === 'agrees')).toHaveLength(12);
    expect(vi.mocked(pageEventReading).mock.results.map((r) => r.value)).toEqual([{ other: false, cause: undefined, year: undefined }]);
  });
  it("reads each stored sentence's own event once per fact, however many page figures meet it", () => {
    const facts = store(12);
    const q = (sentence: string) => findQuantities(sentence).find((f) => f.text === 'Six workers') ?? null;
    reads.length = 0;
    for (const sentence of ['Six workers died in the collapse, the plant said.', 'Six workers were killed in the collapse.', 'Six workers died when it fell.']) {
      const figure = q(sentence);
      if (!figure) throw new Error('no figure');
      expect(compareFigure(facts, figure, sentence).filter((c) => c.verdict === 'agrees')).toHaveLength(12);
    }
    const eventReads = reads.filter((r) => typeof r.value === 'object' && r.value !== null && 'years' in r.value);
    expect(eventReads.map((r) => r.fact)).toEqual(facts);
  });
});
