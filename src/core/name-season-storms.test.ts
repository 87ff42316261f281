import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { isSeasonStorm, seasonOpensStorm } from './name-season-storms';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a winter storm named by forecasters (name-season-storms)', () => {
  it('keeps the season word as the first word of the storm’s name, an event', () => {
    expect(typed('Roads closed as forecasters named it Winter Storm Elliott on Friday.')).toContainEqual(['Winter Storm Elliott', 'event']);
    expect(typed('Winter Storm Uri swept across the plains.')).toEqual([['Winter Storm Uri', 'event']]);
  });

  it('reads the words alone', () => {
    expect(seasonOpensStorm('Winter', ' Storm Uri swept')).toBe(true);
    expect(seasonOpensStorm('Winter', ' storm warnings')).toBe(false);
    expect(seasonOpensStorm('March', ' Storm Uri')).toBe(false);
    expect(isSeasonStorm(['Winter', 'Storm'])).toBe(false);
  });

  it('leaves the season word alone, other season names and other storms as they were', () => {
    expect(typed('Winter storms closed roads across the county.')).toEqual([]);
    expect(typed('Residents of Winter Park said the lake froze.')).toEqual([['Winter Park', 'place']]);
    expect(typed('The Winter Olympics open in Milan next year.')).toEqual([['Winter Olympics', 'event'], ['Milan', 'place']]);
    expect(typed('Tropical Storm Harvey stalled over the coast.')).toEqual([['Tropical Storm Harvey', 'event']]);
    expect(typed('Officials said Storm Ciara brought gusts.')).toContainEqual(['Storm Ciara', 'event']);
  });
});
