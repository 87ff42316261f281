// What a count counts when the noun is not right after it: after "of the", past a product's
// model number, past a plural-looking modifier. Every sentence is written for this test; the
// count a clause divides is in quantity-ellipsis.test.ts, "one" before an -ing word in
// quantity-modified-ones.test.ts.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { spans } from '../../tests/support/quantity-spans';

describe('partitive counts', () => {
  const read = (text: string) => findQuantities(text).map((q) => [q.text, q.unit]);
  it('counts the noun after "of the": "Two of the hostages"', () => {
    expect(read('Two of the hostages freed on Saturday had been abducted from the Nova festival.')).toEqual([['Two', 'hostages']]);
    expect(read('Hamas said 5 of its fighters were killed.')).toEqual([['5', 'fighters']]);
    expect(read('two of the group’s senior leaders')).toEqual([['two', 'leaders']]);
  });
  it('leaves counts without a noun after them bare', () => {
    expect(read('seven of those freed were serving life sentences')).toEqual([['seven', null]]);
    expect(read('16 of the 33 hostages due in the first phase')).toEqual([['16', null], ['33 hostages', 'hostages']]);
    expect(read('one of the officials said')).toEqual([]);
  });
});

describe('counts of what a product name does', () => {
  const read = (text: string) => findQuantities(text).map((q) => [q.text, q.unit]);
  it('counts the noun after a product and its model number', () => {
    expect(read('Arianespace plans five Ariane 6 launches this year.')).toEqual([['five', 'launches']]);
    expect(read('The company had orders for 30 Falcon 9 flights.')).toEqual([['30', 'flights']]);
  });
  it('does not take a figure after the product for a model number', () => {
    expect(read('It bought two Boeing 737-8 jets.')[0]).toEqual(['two', null]);
    expect(read('It flew five Ariane 60% of the way')[0]).toEqual(['five', null]);
  });
});

describe('a plural-looking word before the counted noun', () => {
  it('leaves "measles" in "624 measles cases" outside the span and counts the cases', () => {
    const found = findQuantities('Texas has recorded 624 measles cases since January.');
    expect(found.map((q) => [q.text, q.unit])).toEqual([['624', 'cases']]);
  });

  it('still counts a plural before a verb or a possessive', () => {
    expect(spans('Health officials said 64 people died.')).toEqual(['64 people']);
    expect(spans('Shares of three companies’ suppliers fell.')).toEqual(['three companies']);
  });
});
