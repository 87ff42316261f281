import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { spanishPlaceOpener } from './name-spanish-places';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a Spanish place named by its landform or harbour (name-spanish-places)', () => {
  it('is a place, not a person, where a person\'s cue stands near', () => {
    expect(typed('Lucía Soto, from Caleta Tortel in the far south, has promised to run.')).toContainEqual(['Caleta Tortel', 'place']);
    expect(typed('Mr. Soto, from Punta Delgada in the far south, has promised to run.')).toContainEqual(['Punta Delgada', 'place']);
  });

  // Must not change: a person's given name that a place name may open, and a lone word.
  it('leaves "Isla" and a single word alone', () => {
    expect(spanishPlaceOpener(['Isla', 'Fisher'])).toBe(false);
    expect(spanishPlaceOpener(['Puerto'])).toBe(false);
    expect(typed('Isla Fisher said she would return.')).toEqual([['Isla Fisher', 'person']]);
  });
});
