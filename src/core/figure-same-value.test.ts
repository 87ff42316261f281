import { describe, expect, it } from 'vitest';
import { sameValueInUnit } from './figure-same-value';

describe('sameValueInUnit', () => {
  it('holds for one value in one unit, the unit in any case', () => {
    expect(sameValueInUnit({ value: 48000, unit: 'barrels' }, { value: 48000, unit: 'barrels' })).toBe(true);
    expect(sameValueInUnit({ value: 310000, unit: 'Tonnes' }, { value: 310000, unit: 'tonnes' })).toBe(true);
    expect(sameValueInUnit({ value: 12, unit: null }, { value: 12, unit: null })).toBe(true);
  });
  it('fails for another value, another unit, a unit on one side only, or no value', () => {
    expect(sameValueInUnit({ value: 48000, unit: 'barrels' }, { value: 61000, unit: 'barrels' })).toBe(false);
    expect(sameValueInUnit({ value: 48000, unit: 'barrels' }, { value: 48000, unit: 'tonnes' })).toBe(false);
    expect(sameValueInUnit({ value: 12, unit: 'people' }, { value: 12, unit: null })).toBe(false);
    expect(sameValueInUnit({ value: null, unit: null }, { value: null, unit: null })).toBe(false);
  });
});
