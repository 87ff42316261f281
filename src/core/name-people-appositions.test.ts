import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { personAppositionVote } from './name-people-appositions';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an apposition said only of a person', () => {
  it('makes the name a person’s, and a country before a surname a given name ("Jordan Keller")', () => {
    expect(typed('Jordan Keller threw for 287 yards on Saturday. Keller, a junior from San Antonio, found the end zone twice.')).toEqual([
      ['Jordan Keller', 'person'],
      ['Keller', 'person'],
      ['San Antonio', 'place'],
    ]);
  });

  it('reads the noun only as the apposition’s head', () => {
    expect(personAppositionVote(', a native of Oaxaca, said')).toBe(3);
    expect(personAppositionVote(', a junior, scored')).toBe(3);
    expect(personAppositionVote(', a senior official said')).toBe(0);
    expect(personAppositionVote(', a junior partner in the deal')).toBe(0);
    expect(personAppositionVote(' a native of Oaxaca')).toBe(0);
  });
});

describe('personAppositionVote on one line', () => {
  it('reads the apposition on the name\'s line only', () => {
    expect(personAppositionVote(', a native of Oaxaca, said')).toBe(3);
    expect(personAppositionVote(',\na native of Oaxaca, said')).toBe(0);
    expect(personAppositionVote(', a\nnative of Oaxaca, said')).toBe(0);
  });
});
