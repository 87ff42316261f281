// When a four-digit number is a year (quantity-years.ts), through the parser. Moved from
// quantities.test.ts; "before levels" is in quantity-spans.test.ts.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { only } from '../../tests/support/quantity-spans';

describe('a year after a year\'s preposition', () => {
  it('reads a year before 1900 after a year\'s preposition: "the Black Hawk War of 1832"', () => {
    expect(findQuantities('who fought in the Black Hawk War of 1832.')[0]).toMatchObject({ text: '1832', kind: 'date', iso: '1832' });
  });
  it('keeps such a number a count elsewhere: "1832 votes", "about 1500 were"', () => {
    expect(findQuantities('He won 1832 votes.')[0]).toMatchObject({ kind: 'number', value: 1832 });
    expect(findQuantities('about 1500 were there')[0]).toMatchObject({ kind: 'number', value: 1500 });
  });
  it('reads a four-digit number after "for" as the year it is for ("its forecast for 2026 earnings")', () => {
    expect(only('It raised its forecast for 2026 earnings.', '2026')).toMatchObject({ kind: 'date', form: 'year', iso: '2026' });
  });
});
