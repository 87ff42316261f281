import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { yearlessSameDay } from './figure-yearless-days';

const STORED = storedFacts('2024-03-05', 'A district court ordered the Harlow Foods chain liquidated on March 5, 2024, after its lenders walked away.');

describe("a page's day without its year", () => {
  it('is the stored day of that month and day, restated in the same words', () => {
    expect(verdict(STORED, 'The administrators were named after a court ordered the chain liquidated on March 5.', 'March 5')?.[0]).toBe('agrees');
  });

  it('is no other day, and needs words in common', () => {
    expect(yearlessSameDay('--03-05', '2024-03-06')).toBe(false);
    expect(yearlessSameDay('2023-03-05', '2024-03-05')).toBe(false);
    expect(verdict(STORED, 'The chain opened its first shop on March 5.', 'March 5')).toBeNull();
  });
});
