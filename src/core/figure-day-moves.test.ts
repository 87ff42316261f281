import { describe, expect, it } from 'vitest';
import { daysOwnMove } from './figure-day-moves';
import { addsToAnother } from './figure-additions';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';

describe('daysOwnMove', () => {
  it('reads "another 8% on Thursday" as the day\'s move, not an addition', () => {
    const s = 'The miner’s shares dropped 5% on Wednesday and another 8% in Sydney on Thursday.';
    expect(daysOwnMove(s, figureIn(s, '8%'))).toBe(true);
    expect(addsToAnother(s, figureIn(s, '8%'))).toBe(false);
  });
  it('reads the day without "on", as wire copy writes it, but not a day that owns a noun', () => {
    const s = 'Shares fell 17% Monday and another 20% Tuesday.';
    expect(addsToAnother(s, figureIn(s, '20%'))).toBe(false);
    const owned = 'The index fell 3% on Monday and another 2% Tuesday’s session.';
    expect(addsToAnother(owned, figureIn(owned, '2%'))).toBe(true);
  });
  it('leaves additions without a day, and sums and counts with one, additions', () => {
    const noDay = 'The index fell 3% in the morning and another 2% by the close.';
    expect(addsToAnother(noDay, figureIn(noDay, '2%'))).toBe(true);
    const sum = 'The donor released another $6 million on Tuesday.';
    expect(addsToAnother(sum, figureIn(sum, '$6 million'))).toBe(true);
  });
});

describe('a day\'s move against a stored one said as "another"', () => {
  it('agrees with the day\'s move where the store leaves out "on"', () => {
    const wire = storedFacts('2024-08-08', 'Shares fell 17% Monday and another 20% Tuesday.');
    expect(verdict(wire, 'Shares fell another 20% on Tuesday.', '20%')?.[0]).toBe('agrees');
  });
  const stored = storedFacts('2024-08-08', 'The miner’s shares fell 5% in Sydney on Wednesday and another 8% on Thursday, and it put the cost of the flood at $2 billion.');
  it('agrees with the same day\'s move restated, not set against the day before', () => {
    const page = 'Its shares rose 3% in Sydney on Friday after falls of 5% on Wednesday and 8% on Thursday, and it has put the cost of the flood at $2 billion.';
    expect(verdict(stored, page, '8%')?.[0]).toBe('agrees');
    expect(verdict(stored, page, '5%')?.[0]).toBe('agrees');
  });
});
