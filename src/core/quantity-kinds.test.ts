// toDays through the parser: the durations it reads, in days. Moved from quantities.test.ts
// when quantity-kinds.ts was split out of quantities.ts.
import { describe, expect, it } from 'vitest';
import { toDays } from './quantity-kinds';
import { only } from '../../tests/support/quantity-spans';

describe('toDays', () => {
  it('converts "six weeks" to the same 42 days as "42 days"', () => {
    expect(toDays(only('a truce of six weeks', 'six weeks'))).toBe(42);
    expect(toDays(only('a truce of 42 days', '42 days'))).toBe(42);
    expect(toDays(only('a six-week truce', 'six-week'))).toBe(42);
  });
  it('gives days for hours and years, null for counts and dates', () => {
    expect(toDays(only('within 48 hours', '48 hours'))).toBe(2);
    expect(toDays(only('after 2 years', '2 years'))).toBe(730);
    expect(toDays(only('33 hostages', '33 hostages'))).toBeNull();
    expect(toDays(only('on January 21', 'January 21'))).toBeNull();
  });
});
