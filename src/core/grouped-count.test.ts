import { describe, expect, it } from 'vitest';
import { groupedCount } from './grouped-count';

describe('groupedCount', () => {
  it('groups the digits of a limit in threes: "100,000", "4,096", "250"', () => {
    expect(groupedCount(100_000)).toBe('100,000');
    expect(groupedCount(4096)).toBe('4,096');
    expect(groupedCount(200_000_000)).toBe('200,000,000');
    expect(groupedCount(250)).toBe('250');
  });
});
