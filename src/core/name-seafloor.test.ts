import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a sea floor’s feature or a world’s sea', () => {
  it('is a place after "the", and a sea without it', () => {
    expect(typed('The ship mapped the Mid-Atlantic Ridge and the Challenger Deep last year.')).toEqual([
      ['Mid-Atlantic Ridge', 'place'],
      ['Challenger Deep', 'place'],
    ]);
    expect(typed('The probe dived in the Kermadec Trench on Monday.')).toEqual([['Kermadec Trench', 'place']]);
    expect(typed('A lander may one day float on Ligeia Mare, a lake of methane.')).toEqual([['Ligeia Mare', 'place']]);
  });

  it('leaves a person of that surname a person: a vote, an apposition or no "the"', () => {
    expect(typed('Marta Trench said the vote was close. Trench, 45, is a lawyer.')).toEqual([
      ['Marta Trench', 'person'],
      ['Trench', 'person'],
    ]);
    expect(typed('The school was full, according to Sandra Deep.')).toEqual([['Sandra Deep', 'person']]);
    expect(typed('Rebecca Mare, the mayor, opened the school.')).toEqual([['Rebecca Mare', 'person']]);
  });
});
