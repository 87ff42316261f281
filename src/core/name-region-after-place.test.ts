import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { regionsAfterPlaces } from './name-region-after-place';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const regions = (text: string): string[] => [...regionsAfterPlaces(text)].map(([s, e]) => text.slice(s, e));

describe('a one-word region after a place and a comma', () => {
  it('closes a clause a preposition of place opened', () => {
    expect(regions('The ferry sank about 40 miles north of Kirkwall, Orkney.')).toEqual(['Orkney']);
    expect(regions('She grew up on a farm near St. Anthony, Newfoundland; her father fished.')).toEqual(['Newfoundland']);
  });

  it('is a place where the gazetteer does not know it', () => {
    expect(typed('The ferry sank about 40 miles north of Kirkwall, Orkney.')).toContainEqual(['Orkney', 'place']);
  });

  it('leaves lists of people, clauses that go on and other commas alone', () => {
    expect(regions('The award went to Adams, Baker.')).toEqual([]);
    expect(regions('The committee met with Adams, Baker.')).toEqual([]);
    expect(regions('In Paris, Johnson said the talks would resume.')).toEqual([]);
    expect(regions('The paintings of Monet, Manet.')).toEqual([]);
    expect(typed('The plant is near Worcester, Mass.')).toContainEqual(['Mass.', 'place']);
    expect(typed('The award went to Ruth Adams, Baker.').map(([, t]) => t)).not.toContain('place');
  });
});
