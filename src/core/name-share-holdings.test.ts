import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { sharesHeldIn } from './name-share-holdings';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('shares held in a name (name-share-holdings)', () => {
  it('make a town\'s name a listed company\'s', () => {
    expect(typed('Investors sold shares in Bristol on Monday.')).toEqual([['Bristol', 'org']]);
  });

  // Must not change: a place with no shares, and a state's bonds or a stake in a city's future.
  it('leaves a holding that a place has', () => {
    expect(typed('Investors moved to Bristol on Monday.')).toEqual([['Bristol', 'place']]);
    expect(sharesHeldIn('shares in ')).toBe(true);
    expect(sharesHeldIn('a stake in ')).toBe(false);
    expect(sharesHeldIn('bonds in ')).toBe(false);
  });
});
