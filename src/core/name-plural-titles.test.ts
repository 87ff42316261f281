import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a plural title before a list of people', () => {
  it('is a title, not the first person\'s name ("Senators Ron Wyden and Mark Warner")', () => {
    const people = [['Ron Wyden', 'person'], ['Mark Warner', 'person']];
    expect(typed('WASHINGTON — Senators Ron Wyden and Mark Warner introduced a bill on Thursday.')).toEqual([['WASHINGTON', 'place'], ...people]);
    expect(typed('On Tuesday, Senators Ron Wyden and Mark Warner introduced a bill.')).toEqual(people);
    expect(typed('Senators Ron Wyden and Mark Warner wrote to the company.')).toEqual(people);
  });

  it('is a title abbreviated or for other offices ("Sens.", "Reps.", "Representatives")', () => {
    const people = [['Frank Pallone', 'person'], ['Mark Warner', 'person']];
    expect(typed('On Tuesday, Sens. Ron Wyden and Mark Warner introduced a bill.')).toEqual([['Ron Wyden', 'person'], ['Mark Warner', 'person']]);
    expect(typed('On Tuesday, Reps. Frank Pallone and Mark Warner introduced a bill.')).toEqual(people);
    expect(typed('On Tuesday, Representatives Frank Pallone and Mark Warner introduced a bill.')).toEqual(people);
  });

  it('leaves a team named with the plural whole ("the Ottawa Senators", "the Senators")', () => {
    expect(typed('The Ottawa Senators won on Tuesday.')).toEqual([['Ottawa Senators', 'org']]);
    expect(typed('He joined the Ottawa Senators in 2019.')).toEqual([['Ottawa Senators', 'org']]);
    expect(typed('The Senators beat the Leafs.')).toEqual([['Senators', 'org'], ['Leafs', 'org']]);
  });

  it('is the title of every name in the list, surnames alone too ("Senators Wyden and Warner")', () => {
    expect(typed('The letter from Senators Wyden and Warner was sent on Friday.')).toEqual([
      ['Wyden', 'person'],
      ['Warner', 'person'],
    ]);
    expect(typed('The letter from Reps. Pallone, Guthrie and Griffith was sent.')).toEqual([
      ['Pallone', 'person'],
      ['Guthrie', 'person'],
      ['Griffith', 'person'],
    ]);
  });

  it('ends the list at a name the lexicon knows as something else, or at a body', () => {
    expect(typed('The letter from Senators Wyden and Jordan was sent.')).toContainEqual(['Jordan', 'place']);
    expect(typed('Senators Wyden and the Senate Finance Committee agreed.')).toContainEqual(['Senate Finance Committee', 'org']);
  });
});
