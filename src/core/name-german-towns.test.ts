import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { germanTownVote, isGermanSpaTown } from './name-german-towns';

// Every sentence is written for this test; the towns' names are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a lone word ending in a German place-name suffix', () => {
  it('is a town, though "said it" after it votes for a body', () => {
    expect(typed('The beekeepers\u2019 association in Kranzheim said it expected a poor year.')).toContainEqual(['Kranzheim', 'place']);
    expect(typed('The refinery at Mollerhafen, the group said, would close in May.')).toContainEqual(['Mollerhafen', 'place']);
    expect(typed('He spent a few hours in Wiltstadt, where the mayor met him.')).toContainEqual(['Wiltstadt', 'place']);
  });

  it('leaves surnames in -berg and -bach and short words alone', () => {
    expect(germanTownVote('Kranzheim')).toBe(3);
    expect(germanTownVote('Ortenberg')).toBe(0);
    expect(germanTownVote('Auerbach')).toBe(0);
    expect(germanTownVote('Burg')).toBe(0);
    expect(germanTownVote('Kranz Heim')).toBe(0);
  });
});

describe('"Bad" before a German town name', () => {
  it('is a spa town, not a given name and a surname', () => {
    expect(typed('Walkers set off from Bad Kranzdorf at dawn and said it was cold.')).toContainEqual(['Bad Kranzdorf', 'place']);
    expect(isGermanSpaTown(['Bad', 'Mölle-Ahrstein'])).toBe(true);
  });

  it('leaves "Bad" before an English word alone', () => {
    expect(isGermanSpaTown(['Bad', 'Bunny'])).toBe(false);
    expect(isGermanSpaTown(['Bad', 'Kranzdorf', 'Hotel'])).toBe(false);
  });
});
