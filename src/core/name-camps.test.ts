import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { campPlace } from './name-camps';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a camp\'s word and one more word', () => {
  it('is a place, though the second word is a given name ("the talks at Camp Daniel ended")', () => {
    expect(typed('The talks at Camp Daniel ended on Friday.')).toEqual([['Camp Daniel', 'place']]);
    expect(typed('Camp Halvorsen talks ended without a deal.')).toEqual([['Camp Halvorsen', 'place']]);
  });

  it('must not change: a body\'s or a person\'s cue, a longer name', () => {
    expect(typed('Camp Halvorsen said it would merge with a rival charity.')).toEqual([['Camp Halvorsen', 'org']]);
    expect(typed('Judge Camp Daniel ruled on Friday.')).toEqual([['Camp Daniel', 'person']]);
    expect(campPlace(['Camp', 'Daniel'], 0, 3)).toBeNull();
    expect(campPlace(['Camp', 'Fire', 'Club'], 0, 0)).toBeNull();
  });

  it('must not change: a disaster or an event named for a camp is no ground ("the Camp Fire destroyed")', () => {
    expect(typed('The Camp Fire destroyed the town of Paradise in 2018.').find(([n]) => n === 'Camp Fire')?.[1]).not.toBe('place');
    expect(campPlace(['Camp', 'Fire'], 0, 0)).toBeNull();
    expect(campPlace(['Camp', 'Summit'], 0, 0)).toBeNull();
    expect(campPlace(['Camp', 'Pendleton'], 0, 0)).toBe('place');
  });
});
