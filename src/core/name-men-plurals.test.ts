import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a plural in -men with its possessive inside a body’s name', () => {
  it('goes on to the head after it ("the Fishermen’s Federation")', () => {
    expect(typed('The Welsh Fishermen’s Federation opposed the new quota.')).toEqual([['Welsh Fishermen’s Federation', 'org']]);
    expect(typed('Talks with the Dockside Seamen’s Union broke down.')).toEqual([['Dockside Seamen’s Union', 'org']]);
  });

  it('owns a plain word, and a place in -men owns what follows', () => {
    expect(typed('The Linemen’s Strike Fund ran dry.')).toEqual([['Linemen', 'org'], ['Strike Fund', 'org']]);
    expect(typed('Fans cheered Bremen’s Union Berlin win.')).toEqual([['Bremen', 'place'], ['Union Berlin', 'org']]);
  });
});
