import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const canonical = (text: string): string[] => findEntities(text, lexicon).map((m) => m.canonical);

describe('names listed before a shared plural head ("Kern, Tulare and Fresno counties")', () => {
  it('each take the head', () => {
    expect(canonical('Winds hit Kern, Tulare and Fresno counties.')).toEqual(['Kern County', 'Tulare County', 'Fresno County']);
  });

  it('only where the list and the head share a line', () => {
    expect(canonical('Winds hit Kern, Tulare and Fresno\ncounties.')).toEqual(['Fresno']);
    expect(canonical('Winds hit Kern,\nTulare and Fresno counties.')).toEqual(['Kern', 'Tulare County', 'Fresno County']);
  });
});
