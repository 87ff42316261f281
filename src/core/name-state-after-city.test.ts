import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const named = (text: string): [string, string, string][] =>
  findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);

describe('a state abbreviated after a place in running text', () => {
  it('is the state, and makes the name before it a place ("Albany, N.Y.", "Lansing, Mich.,")', () => {
    expect(named('The shooting happened in Albany, N.Y., on Tuesday.')).toEqual([
      ['Albany', 'place', 'Albany'],
      ['N.Y.', 'place', 'New York'],
    ]);
    expect(named('Workers in Lansing, Mich., and Nashville, Tenn. walked out.')).toEqual([
      ['Lansing', 'place', 'Lansing'],
      ['Mich.', 'place', 'Michigan'],
      ['Nashville', 'place', 'Nashville'],
      ['Tenn.', 'place', 'Tennessee'],
    ]);
  });

  it('leaves an acronym that is no state after a comma as it was ("Acme, NYSE")', () => {
    expect(named('Shares of Acme, a NYSE company, rose.').map(([t, type]) => [t, type])).toEqual([
      ['Acme', 'org'],
      ['NYSE', 'org'],
    ]);
  });
});
