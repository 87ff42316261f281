import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a state or a city named right after a vessel’s noun', () => {
  it('is the ship’s name, and only that mention is left out', () => {
    expect(typed('Veterans toured the battleship Alabama in Mobile Bay.')).toEqual([['Mobile Bay', 'place']]);
    expect(typed('The cruiser Chicago docked, and Chicago cheered.')).toEqual([['Chicago', 'place']]);
  });

  it('stays a place where it is the subject of a clause', () => {
    expect(typed('Crews boarded the tanker Texas seized in May.')).toEqual([['Texas', 'place']]);
  });
});
