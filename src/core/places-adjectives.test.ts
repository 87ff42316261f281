import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { adjectiveStems } from './places-adjectives';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a place adjective alone', () => {
  it('is no name beside the place the text names ("the Bavarian premier" … "in Bavaria")', () => {
    expect(typed('The deal was presented by the Bavarian premier Markus Söder, whose party won 37.2% in Bavaria.')).toEqual([
      ['Markus Söder', 'person'],
      ['Bavaria', 'place'],
    ]);
  });

  it('is no name beside a place the lexicon knows ("Texan", "Californian")', () => {
    expect(typed('He said Texan officials and Californian growers disagreed.')).toEqual([]);
  });

  it('stays in a longer name that opens with it ("Bavarian Nordic")', () => {
    expect(typed('The vaccine is made by Bavarian Nordic in Bavaria.').map(([t]) => t)).toEqual(['Bavarian Nordic', 'Bavaria']);
  });

  it('is no name in the plural, for its people ("Parisians", "Texans")', () => {
    expect(typed('The clean-up was meant to leave a legacy for Parisians in Paris.')).toEqual([['Paris', 'place']]);
    expect(typed('Texans and Californians disagreed.')).toEqual([]);
  });

  it('leaves a plural with no such place ("the Titans")', () => {
    expect(typed('The Titans beat the Jaguars in Paris.').map(([t]) => t)).toContain('Titans');
  });

  it('leaves given names ending in "an" with no such place ("Adrian", "Logan")', () => {
    expect(typed('The coach praised Adrian and Logan after the game.').map(([t]) => t)).toEqual(['Adrian', 'Logan']);
  });
});

describe('adjectiveStems', () => {
  it('gives the place forms a region or city adjective comes from', () => {
    expect(adjectiveStems('Bavarian')).toContain('Bavaria');
    expect(adjectiveStems('Texan')).toContain('Texas');
    expect(adjectiveStems('Parisian')).toContain('Paris');
    expect(adjectiveStems('Lindner')).toEqual([]);
  });
});
