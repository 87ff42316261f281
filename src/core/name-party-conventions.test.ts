import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a convention', () => {
  it('is the event a party holds, its adjective kept ("the Democratic National Convention on Monday")', () => {
    expect(typed('The Democratic National Convention on Monday drew crowds.')).toEqual([['Democratic National Convention', 'event']]);
    expect(typed('The Republican National Convention drew crowds.')).toEqual([['Republican National Convention', 'event']]);
  });

  it('is a body otherwise ("the National Convention" of 1792, "the Convention on Monday")', () => {
    expect(typed('The film follows the National Convention from its first meeting.')).toEqual([['National Convention', 'org']]);
    expect(typed('The Convention on Monday heard from the governor.')).toEqual([['Convention', 'org']]);
  });
});
