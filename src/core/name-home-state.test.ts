import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { homeStateOfPerson } from './name-home-state';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a person’s home state after the name', () => {
  it('leaves the name a person where a person’s apposition or "who" follows the state', () => {
    expect(typed('Delia Marchetti, Pa., a delegate, said the vote was close.')).toEqual([
      ['Delia Marchetti', 'person'],
      ['Pa.', 'place'],
    ]);
    expect(typed('Owen Pratley, Ore., who has voted in every primary since 1980, backed the plan.')).toEqual([
      ['Owen Pratley', 'person'],
      ['Ore.', 'place'],
    ]);
    expect(typed('Hal Brennick, Wis., a retired teacher, spoke first.')).toEqual([
      ['Hal Brennick', 'person'],
      ['Wis.', 'place'],
    ]);
  });

  it('leaves a town and its state places ("… , Pa., a borough of 3,000", "of Harrisburg, Pa.")', () => {
    expect(typed('Dunmore Falls, Pa., a borough of 3,000, lost its mill.')).toEqual([
      ['Dunmore Falls', 'place'],
      ['Pa.', 'place'],
    ]);
    expect(typed('Smith, 45, of Harrisburg, Pa., said the vote was close.')).toEqual([
      ['Harrisburg', 'place'],
      ['Pa.', 'place'],
    ]);
    expect(typed('The plant in Carrow Mills, Ohio, which employs 400, will close.')).toEqual([['Carrow Mills', 'place'], ['Ohio', 'place']]);
    expect(typed('The mill in Erie, Pa., a city where every voter, young or old, counts, closed.')).toEqual([
      ['Erie', 'place'],
      ['Pa.', 'place'],
    ]);
  });

  it('reads only a state’s abbreviation, and only a person’s apposition after it', () => {
    expect(homeStateOfPerson(', Pa., a delegate, said')).toBe(true);
    expect(homeStateOfPerson(', Pa., a city of 90,000, said')).toBe(false);
    expect(homeStateOfPerson(', Pa., where the plant stood')).toBe(false);
    expect(homeStateOfPerson(', Acme., a delegate, said')).toBe(false);
    expect(homeStateOfPerson(', Pa., said')).toBe(false);
    expect(homeStateOfPerson(', Pa., a city where every voter, young or old, counts')).toBe(false);
  });
});

describe('homeStateOfPerson', () => {
  it('reads the state and what follows it on the name\'s line', () => {
    expect(homeStateOfPerson(', Pa., a delegate, said she would vote.')).toBe(true);
    expect(homeStateOfPerson(', Pa.,\na delegate, said she would vote.')).toBe(false);
    expect(homeStateOfPerson(',\nPa., a delegate, said she would vote.')).toBe(false);
    expect(homeStateOfPerson(', Pa., who\nvoted early.')).toBe(true);
  });
});
