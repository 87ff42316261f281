import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { residentsOfVote } from './name-residents-of';

// Every sentence is written for this test; the towns' names are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name whose residents or mayor the sentence names', () => {
  it('is a place, a town', () => {
    expect(typed('Residents of Pelzbach and Orvane said the road was a lifeline.')).toEqual([
      ['Pelzbach', 'place'], ['Orvane', 'place'],
    ]);
    expect(typed('The mayor of Brandau said the bridge would reopen.')).toEqual([['Brandau', 'place']]);
  });

  it('leaves the shareholders or staff of a name as they were', () => {
    expect(typed('Shareholders of Brandau said the offer was too low.')).toEqual([['Brandau', 'org']]);
    expect(residentsOfVote('shareholders of ')).toBe(0);
    expect(residentsOfVote('residents of Pelzbach and ')).toBe(3);
    expect(residentsOfVote('The mayor of Pelzbach and ')).toBe(0);
    expect(typed('The mayor of Pelzbach and Hallett said the deal was done.')).not.toContainEqual(['Hallett', 'place']);
  });
});
