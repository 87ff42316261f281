import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a known place after a title and "of"', () => {
  it('is where the title is held, a place, not the person’s first name ("the Sultan of Brunei Hassanal Bolkiah")', () => {
    expect(typed('The Sultan of Brunei Hassanal Bolkiah arrived on Monday.')).toEqual([
      ['Brunei', 'place'],
      ['Hassanal Bolkiah', 'person'],
    ]);
    expect(typed('Governor of Texas Greg Abbott said so.')).toEqual([
      ['Texas', 'place'],
      ['Greg Abbott', 'person'],
    ]);
  });

  it('is still the place with no person after it, and a body’s "of" is left alone', () => {
    expect(typed('The Sultan of Brunei arrived on Monday.')).toEqual([['Brunei', 'place']]);
    expect(typed('The Bank of England said so.')).toEqual([['Bank of England', 'org']]);
  });

  it('is no place where it opens a longer known name ("the President of Paris Saint-Germain Nasser Al-Khelaifi")', () => {
    const stored = compileLexicon([['Paris Saint-Germain', 'org'], ...placeLexicon()], demonyms(), placeVariants());
    const found = findEntities('The President of Paris Saint-Germain Nasser Al-Khelaifi spoke.', stored).map((m) => [m.text, m.type]);
    expect(found).toContainEqual(['Paris Saint-Germain', 'org']);
    expect(found).not.toContainEqual(['Paris', 'place']);
  });
});
