import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { foundedAfter } from './name-opener-founded';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a founding year in apposition after a sentence opener', () => {
  it('makes the opener a name, even one ending in "-ly" ("Ormaly, founded in 1924, have struggled")', () => {
    expect(names('It rained. Ormaly, founded in 1924, have struggled with debts.')).toEqual(['Ormaly']);
    expect(names('Sales fell. Kestrane, established in the 1880s, said profit rose.')).toEqual(['Kestrane']);
    expect(foundedAfter(', which was set up in 1999, said')).toBe(true);
  });

  it('names the same word opening an earlier sentence ("Ormaly beat Rovers … Ormaly, founded in 1924,")', () => {
    expect(names('Ormaly beat their rivals 2-1 on Sunday. Ormaly, founded in 1924, have struggled with debts.')).toEqual(['Ormaly', 'Ormaly']);
  });

  it('must not change: an adverb, a year of no founding, an opener with no evidence of its own', () => {
    expect(names('Finally, the board agreed to the plan.')).toEqual([]);
    expect(foundedAfter(', born in 1924, said')).toBe(false);
    // No score after the verb: a score would itself make the opener a side (name-side-results.ts).
    expect(names('Ormaly beat their rivals on Sunday. Ormaly had won nine games.')).toEqual([]);
  });
});
