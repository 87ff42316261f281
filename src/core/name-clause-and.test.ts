import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { opensClause } from './name-clause-and';

// Every sentence is written for this test; "Velmora" and "Tarsk" are names no lexicon knows.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
// A store that knows the Eiffel Tower as a place, as the page matcher's lexicon does.
const stored = compileLexicon([...placeLexicon(), ['Eiffel Tower', 'place']], demonyms(), placeVariants());

describe('a name after a place a preposition governs, "and", and a verb with its object', () => {
  it('opens a clause of its own: its subject is no place listed with the one before', () => {
    const text = 'She sang from the Eiffel Tower and Tom Brady carried the flame through the streets.';
    expect(findEntities(text, stored).map((m) => [m.text, m.type])).toEqual([
      ['Eiffel Tower', 'place'],
      ['Tom Brady', 'person'],
    ]);
    expect(typed('She sang in Paris and Tom Brady carried the flame.')).toEqual([
      ['Paris', 'place'],
      ['Tom Brady', 'person'],
    ]);
    expect(opensClause('sang from the Eiffel Tower and ', ' carried the Olympic flame')).toBe(true);
  });

  it('stays a listed place where both are subjects, or both the preposition\'s objects', () => {
    expect(typed('Paris and Velmora hosted the first matches.')).toEqual([
      ['Paris', 'place'],
      ['Velmora', 'place'],
    ]);
    expect(typed('The ferries sailed from Paris and Velmora on Sunday.')).toEqual([
      ['Paris', 'place'],
      ['Velmora', 'place'],
    ]);
    // Written for this review: a plural noun opening the sentence is what the preposition
    // follows, and the verb after is its own.
    expect(typed('Trucks from Egypt and Velmora brought the aid.')).toEqual([
      ['Egypt', 'place'],
      ['Velmora', 'place'],
    ]);
    expect(typed('Prices in Lyon and Tarsk rose this year. The aid trucks from Egypt and Velmora brought the food.')).toEqual([
      ['Lyon', 'place'],
      ['Tarsk', 'place'],
      ['Egypt', 'place'],
      ['Velmora', 'place'],
    ]);
    // "of" takes a noun's complement: the verb after is the residents'.
    expect(opensClause('residents of Paris and ', ' described the raid')).toBe(false);
    expect(typed('Residents of Paris and Tarsk described the raid.')).toEqual([
      ['Paris', 'place'],
      ['Tarsk', 'place'],
    ]);
  });
});

describe('a clause of its own after "and"', () => {
  it('has its verb and object on the name’s line, and the governed name before it on one line', () => {
    expect(opensClause('She sang from the Eiffel Tower and ', ' carried the flame')).toBe(true);
    expect(opensClause('She sang from the Eiffel Tower and ', ' carried\nthe flame')).toBe(false);
    expect(opensClause('She sang from\nthe Eiffel Tower and ', ' carried the flame')).toBe(false);
  });
});
