// "one" before a verb's -ing form and a noun (quantity-modified-ones.ts), through the parser.
// Moved from quantity-counted-nouns.test.ts; every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { spans } from '../../tests/support/quantity-spans';

describe('"one" before a noun modified by an -ing word', () => {
  it('counts the noun after the modifier and leaves both outside ("at one polling station")', () => {
    const found = findQuantities('The share changed after an error at one polling station was found.');
    expect(found.map((q) => [q.text, q.unit])).toEqual([['one', 'station']]);
    expect(spans('He ran 1 training camp in Kent.')).toEqual(['1']);
  });

  it('keeps the -ing noun itself when a verb or a function word follows, or it is no verb form', () => {
    expect(spans('One building collapsed and one meeting was held.')).toEqual(['One building', 'one meeting']);
    expect(spans('One thing remains.')).toEqual(['One thing']);
  });
});
