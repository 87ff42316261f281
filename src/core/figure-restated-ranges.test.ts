import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { restatedMoneyRange } from './figure-restated-ranges';

describe('restatedMoneyRange', () => {
  it('needs both ends and the currency the same', () => {
    const a = { quantity: figureIn('It will cost $1.7 billion to $1.9 billion.', '$1.7 billion to $1.9 billion'), measure: ['USD', 'cost'] };
    const restated = (s: string, t: string): boolean => restatedMoneyRange(s, figureIn(s, t), a);
    expect(restated('The estimate of $1.7 billion to $1.9 billion stood.', '$1.7 billion to $1.9 billion')).toBe(true);
    expect(restated('Its first estimates of $1.7 billion to $1.9 billion stood.', '$1.7 billion to $1.9 billion')).toBe(true);
    expect(restated('The estimate of $1.7 billion to $2.1 billion stood.', '$1.7 billion to $2.1 billion')).toBe(false);
    expect(restated('The estimate of €1.7 billion to €1.9 billion stood.', '€1.7 billion to €1.9 billion')).toBe(false);
  });
});

describe('a money range restated end for end', () => {
  const stored = storedFacts(
    '2024-10-25',
    'The Justice Department reached a $102 million settlement with the ship’s owner on Thursday.',
    'The settlement does not cover rebuilding the bridge, which state officials estimate will cost $1.7 billion to $1.9 billion.',
  );
  it('agrees though the page names another body and no cost', () => {
    expect(verdict(stored, 'The director of the Maryland Transportation Authority said the first estimate of $1.7 billion to $1.9 billion had been made before the design was done.', '$1.7 billion to $1.9 billion')).toEqual(['agrees', 'same range']);
  });
  it('must not change: another range of that body gets no verdict (finance)', () => {
    expect(verdict(stored, 'The director of the Maryland Transportation Authority said revenue of $1.2 billion to $1.4 billion was expected.', '$1.2 billion to $1.4 billion')).toBeNull();
  });
  it('must not change: another sum with the same ends is no restatement (finance, insurance, negation)', () => {
    for (const s of [
      'Analysts expect Apple to earn $1.7 billion to $1.9 billion next quarter.',
      'Insurers expect to pay out $1.7 billion to $1.9 billion on the claims.',
      'Officials said the estimate was not $1.7 billion to $1.9 billion but far more.',
      'Revenue in 2019 was $1.7 billion to $1.9 billion.',
      'The revenue estimate of $1.7 billion to $1.9 billion stood.',
    ]) expect(verdict(stored, s, '$1.7 billion to $1.9 billion')).toBeNull();
  });
  it('must not change: a share range the same end for end is not taken as restated (rates)', () => {
    const rates = storedFacts('2025-09-17', 'The Federal Reserve cut its benchmark rate to a range of 4% to 4.25%.');
    expect(verdict(rates, 'The Bank of Canada said its corridor of 4% to 4.25% would hold.', '4% to 4.25%')).toBeNull();
  });
});
