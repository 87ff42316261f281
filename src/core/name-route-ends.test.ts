import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { routeEndVote } from './name-route-ends';

// Every sentence is written for this test; the names are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name at one end of a route the sentence names', () => {
  it('is a place', () => {
    expect(typed('Trains will run every hour between Pelzbach and Orvane from May.')).toEqual([
      ['Pelzbach', 'place'], ['Orvane', 'place'],
    ]);
    expect(typed('The old train ran the length of the valley on Sunday, from Pelzbach to Orvane.')).toEqual([
      ['Pelzbach', 'place'], ['Orvane', 'place'],
    ]);
    expect(typed('The road from Pelzbach on the Orvel to Brandau reopened.')).toContainEqual(['Brandau', 'place']);
  });

  it('leaves a move between bodies, and talks between sides, as they were', () => {
    expect(typed('He moved from Pelzbach to Orvane last year.')).toEqual(typed('He left Pelzbach for Orvane last year.'));
    expect(routeEndVote('Talks between ')).toBe(0);
    expect(routeEndVote('He moved from Pelzbach to ')).toBe(0);
    expect(routeEndVote('the line that said, from ')).toBe(0);
    expect(routeEndVote('the channel between ')).toBe(3);
  });

  it('leaves a list or a career that "ran" from one name to another as it was', () => {
    expect(typed('The guest list ran from Hallett to Dunmore.')).toEqual(typed('The guest list included Hallett and Dunmore.'));
    expect(routeEndVote('Her career ran from Motown to ')).toBe(0);
    expect(routeEndVote('The road runs from Pelzbach to ')).toBe(3);
  });
});
