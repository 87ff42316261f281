import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { elidedSuperlativeTopics } from './measure-elided-superlatives';
import { figureIn } from './figure-test-kit';

describe('superlatives with their noun left out', () => {
  it('take what the sentence before spoke of', () => {
    const s = 'The largest came from the Okafor family, $60 million.';
    expect(elidedSuperlativeTopics(s, figureIn(s, '$60 million'), 'Donations to the museum reached $400 million.')).toEqual(['donation']);
    const t = 'The biggest single one was $60 million.';
    expect(elidedSuperlativeTopics(t, figureIn(t, '$60 million'), 'Fines against the banks rose.')).toEqual(['fine']);
    expect(elidedSuperlativeTopics(s, figureIn(s, '$60 million'), 'Donations to the museum reached $400 million, and the repairs will cost $1 billion.')).toEqual(['donation']);
  });

  it('leave a superlative with its noun, or none, alone', () => {
    const s = 'The largest bank lost $60 million.';
    expect(elidedSuperlativeTopics(s, figureIn(s, '$60 million'), 'Donations reached $400 million.')).toEqual([]);
    const t = 'The Okafor family gave $60 million.';
    expect(elidedSuperlativeTopics(t, figureIn(t, '$60 million'), 'Donations reached $400 million.')).toEqual([]);
  });

  it('let a stored gift meet the page’s', () => {
    const facts = storedFacts('2024-06-03', 'Donations to the museum reached $400 million from about 9,000 donors. The largest came from the Okafor family, $60 million, and from the Lindqvist foundation, $45 million.');
    expect(verdict(facts, 'The largest gifts were pledged within a week: $60 million from the Okafor family and $45 million from a foundation.', '$60 million')?.[0]).toBe('agrees');
  });
});
