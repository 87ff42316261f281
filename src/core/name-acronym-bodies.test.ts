import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Sentences written for this test, from several domains.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a body\'s initials before a known place name its branch there (name-acronym-bodies.ts)', () => {
  it('is an org, also before a verb of speech', () => {
    expect(typed('Doctors were booking appointments again, NHS England said.')).toEqual([['NHS England', 'org']]);
    expect(typed('Schools reopened on Monday, ITV Wales reported.')).toEqual([['ITV Wales', 'org']]);
  });

  it('leaves people with initials, places after a country code and bodies with a head word alone', () => {
    expect(typed('Officials met on Monday, and JD Vance said so.')).toEqual([['JD Vance', 'person']]);
    expect(typed('The broadcaster BBC Scotland said the show would air.')).toEqual([['BBC Scotland', 'org']]);
    expect(typed('Voters in New England said prices rose.')).toEqual([['New England', 'place']]);
  });
});
