import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// A name's head word says what it usually names; these are the contexts that say otherwise.
// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a place in a table', () => {
  it('makes "the Eastern Conference" a league, not an event', () => {
    expect(typed('The Knicks fell to third in the Eastern Conference.')).toContainEqual(['Eastern Conference', 'org']);
    expect(typed('The Celtics sit top of the Atlantic Conference.')).toContainEqual(['Atlantic Conference', 'org']);
  });

  it('leaves a placing in a race or a meeting an event', () => {
    expect(typed('She finished third in the Boston Marathon.')).toEqual([['Boston Marathon', 'event']]);
    expect(typed('Leaders met at the Munich Security Conference.')).toEqual([['Munich Security Conference', 'event']]);
  });
});
