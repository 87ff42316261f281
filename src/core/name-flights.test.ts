import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Flights as wire copy names them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an airline before "Flight" and a number', () => {
  it('marks the airline, demonym and all, and not the flight ("American Eagle Flight 5342")', () => {
    expect(typed('The jet, American Eagle Flight 5342, was carrying 64 people.')).toEqual([['American Eagle', 'org']]);
    expect(typed('Passengers on Southwest Airlines Flight 1380 were shaken.')).toEqual([['Southwest Airlines', 'org']]);
  });

  it('leaves a flight with no airline, and "Flight" with no number, as they were', () => {
    expect(typed('Flight 93 crashed in a field.')).toEqual([]);
    expect(typed('The pilots trained at Northwind Flight School in Ohio.')).toEqual([
      ['Northwind Flight School', 'org'],
      ['Ohio', 'place'],
    ]);
  });
});
