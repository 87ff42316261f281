import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { convertedSum } from './figure-conversions';

const STORED = storedFacts('2024-05-02', 'The miner Caldera Resources has liabilities of about 310 billion rupees ($3.7 billion), its filing showed.');

describe('a sum converted in brackets', () => {
  it('is the stored conversion of the sum it converts', () => {
    expect(verdict(STORED, 'Caldera Resources, based in Mumbai, has liabilities of about 310 billion rupees ($3.7 billion).', '$3.7 billion')?.[0]).toBe('agrees');
  });

  it('is only a bracketed sum right after a sum in another currency', () => {
    const s = 'It owes 310 billion rupees ($3.7 billion) and paid $2 million (in cash).';
    expect(convertedSum(s, figureIn(s, '$3.7 billion'))?.text).toBe('310 billion rupees');
    expect(convertedSum(s, figureIn(s, '$2 million'))).toBeNull();
  });

  it('says nothing of another value: two conversions may differ by the rate', () => {
    expect(verdict(STORED, 'Caldera Resources, based in Mumbai, has liabilities of about 310 billion rupees ($4.1 billion).', '$4.1 billion')).toBeNull();
  });
});
