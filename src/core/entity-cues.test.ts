import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a chain named for its stores (ORG_HEADS "Stores")', () => {
  it('is a body, not a person’s name of three words, wherever it stands', () => {
    expect(typed('Dollar General Stores said sales rose.')).toEqual([['Dollar General Stores', 'org']]);
    expect(typed('Analysts said Harbor Value Stores would close 40 shops.')).toContainEqual(['Harbor Value Stores', 'org']);
  });

  it('leaves the common noun and a chain named without it as they were', () => {
    expect(typed('Department stores were empty on Sunday.')).toEqual([]);
    expect(typed('Shares of Harbor Value Stores fell.')).toEqual([['Harbor Value Stores', 'org']]);
  });
});
