import { describe, expect, it } from 'vitest';
import { verdictAgainst } from './figure-test-kit';
import { findQuantities } from './quantities';

// Every sentence is written for this test.
const read = (text: string): [string, string | null][] => findQuantities(text).map((q) => [q.text, q.unit]);

describe('an abbreviated length unit before a word of dimension', () => {
  it('is the figure’s unit: "11 ft deep", "12 ft. high", "3 m wide", "12 in. thick"', () => {
    expect(read('The hole was 11 ft deep.')).toEqual([['11 ft', 'ft']]);
    expect(read('The wall is 12 ft. high.')).toEqual([['12 ft.', 'ft']]);
    expect(read('The pit is 3 m wide.')).toEqual([['3 m', 'm']]);
    expect(read('The slab is 12 in. thick.')).toEqual([['12 in.', 'in']]);
  });
  it('sets the size against a stored one written out: "11 ft deep" is "11 feet deep"', () => {
    expect(verdictAgainst('Engineers dug a channel 11 feet deep to let barges pass.', '11 feet', 'The channel is 11 ft deep.', '11 ft')).toBe('agrees');
  });
  it('must not change: the abbreviations with no dimension after them (money, sport, flight)', () => {
    expect(read('He paid $5 m for the site.')).toEqual([['$5', 'USD']]);
    expect(read('They came 11 in all.')).toEqual([['11', null]]);
    expect(read('The plane flew at 300 ft above the river.')).toEqual([['300', null]]);
    expect(read('She ran 400 m in the heats.')).toEqual([['400', null]]);
  });
  it('must not change: a bare "in" before an adjective of a noun is the preposition (rescue, weather, sport)', () => {
    expect(read('Lifeguards pulled 12 in deep water from the sea.')).toEqual([['12', null]]);
    expect(read('The storm left 40 in high winds without power.')).toEqual([['40', null]]);
    expect(read('He was 2 in long jump.')).toEqual([['2', null]]);
    // Ending its phrase or joined to another size, it is the inch.
    expect(read('The slab is 12 in thick and 3 ft wide.')[0]).toEqual(['12 in', 'in']);
    expect(read('The slab is 12 in thick.')).toEqual([['12 in', 'in']]);
  });
});
