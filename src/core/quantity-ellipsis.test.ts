// A bare count that takes the counted noun of the count before it (quantity-ellipsis.ts),
// through the parser. Moved from quantity-counted-nouns.test.ts; every sentence is written for
// this test.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

describe('elliptical counts', () => {
  const read = (text: string) => findQuantities(text).map((q) => [q.text, q.unit]);
  it('counts what the count before counted when the sentence divides or rates it', () => {
    expect(read('orders for 32 flights, he said, 18 of them for Amazon')).toEqual([['32 flights', 'flights'], ['18', 'flights']]);
    expect(read('five launches this year and 10 a year from 2027')).toEqual([['five launches', 'launches'], ['10', 'launches'], ['2027', null]]);
  });
  it('leaves a bare count bare past the sentence or without such a clause', () => {
    expect(read('It made 32 flights. Then 18 of them failed')).toEqual([['32 flights', 'flights'], ['18', null]]);
    expect(read('32 flights and 18 for Amazon')).toEqual([['32 flights', 'flights'], ['18', null]]);
  });
});
