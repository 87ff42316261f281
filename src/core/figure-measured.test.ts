import { describe, expect, it } from 'vitest';
import { measured } from './figure-measured';
import { OWNER_MARK } from './figure-owners';
import { COUNTS_MARK } from './measure-phrases';
import type { Quantity } from './types';

function q(fields: Partial<Quantity>): Quantity {
  return { text: '5', start: 0, end: 1, kind: 'number', form: 'count', value: 5, unit: null, qualifier: null, ...fields };
}

describe('measured', () => {
  it('reads owners, events, topics and places from the measure words', () => {
    const m = measured(q({ unit: 'people', text: '50 people' }), ['dead', 'gaza', `${OWNER_MARK}Hamas`]);
    expect(m?.family).toBe('person');
    expect([...(m?.events ?? [])]).toContain('dead');
    expect([...(m?.places ?? [])]).toEqual(['gaza']);
    expect([...(m?.owners ?? [])]).toEqual(['Hamas']);
  });

  it('takes a bare count\'s noun from its counts mark: "208 of the 630 seats"', () => {
    const m = measured(q({ value: 208, text: '208' }), [`${COUNTS_MARK}seats`]);
    expect(m?.unit).toBe('seats');
    expect(m?.places.size).toBe(0);
  });

  it('keeps a sum\'s currency code as its unit, not a place', () => {
    const m = measured(q({ form: 'money', unit: 'EUR', text: '€2.95 billion' }), ['EUR', 'fine']);
    expect(m?.family).toBe('money:EUR');
    expect(m?.places.size).toBe(0);
  });

  it('reads no measure for a time of day or an ordinal', () => {
    expect(measured(q({ kind: 'date', form: 'time', text: '10:00' }), [])).toBeNull();
    expect(measured(q({ form: 'ordinal', text: 'third' }), [])).toBeNull();
  });
});
