import { describe, expect, it } from 'vitest';
import { groupedCount, groupedFigure } from './grouped-number';

describe('groupedCount', () => {
  it('groups the digits of a limit in threes: "100,000", "4,096", "250"', () => {
    expect(groupedCount(100_000)).toBe('100,000');
    expect(groupedCount(4096)).toBe('4,096');
    expect(groupedCount(200_000_000)).toBe('200,000,000');
    expect(groupedCount(250)).toBe('250');
  });
});

describe('groupedFigure', () => {
  it('groups in threes and keeps two decimals at most: "47,498", "4.25", "66.67"', () => {
    expect(groupedFigure(47_498)).toBe('47,498');
    expect(groupedFigure(4.25)).toBe('4.25');
    expect(groupedFigure(200 / 3)).toBe('66.67');
    expect(groupedFigure(1_500_000.5)).toBe('1,500,000.5');
    expect(groupedFigure(0.1)).toBe('0.1');
  });
});
