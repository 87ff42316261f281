import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from './search';

describe('lastAtOrBefore', () => {
  const keys = [0, 5, 5, 9, 20];
  const at = (x: number): number => lastAtOrBefore(keys.length, (i) => keys[i]!, x);

  it('finds the last key at or before x', () => {
    expect(at(0)).toBe(0);
    expect(at(4)).toBe(0);
    expect(at(5)).toBe(2);
    expect(at(19)).toBe(3);
    expect(at(1000)).toBe(4);
  });

  it('says -1 before the first key and for no keys', () => {
    expect(lastAtOrBefore(keys.length, (i) => keys[i]! + 1, 0)).toBe(-1);
    expect(lastAtOrBefore(0, () => 0, 3)).toBe(-1);
  });
});
