import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a generic head alone', () => {
  it('keeps a generic head alone only as the short form of a longer name in the text', () => {
    expect(names('Investors expect the Bank to cut. Economists said the Reserve would wait.')).toEqual([]);
    expect(names('The World Bank cut its forecast, and the Bank said growth would slow.')).toEqual(['World Bank', 'Bank']);
    expect(names('The Federal Reserve held rates; the Reserve meets again in March.')).toEqual(['Federal Reserve', 'Reserve']);
  });

  it('drops a generic head that opens a sentence before a noun it modifies ("State media said")', () => {
    expect(names('Jets struck Kachin State. State media said 30 people died.')).toEqual(['Kachin State']);
    expect(names('The World Bank cut its forecast. Bank officials said growth would slow.')).toEqual(['World Bank', 'Bank']);
  });
});
