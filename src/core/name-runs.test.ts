import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a calendar word prose writes in lower case, inside a name', () => {
  it('is the name’s own after a name’s word ("USA Today", "Russia Today"), a paper or a programme', () => {
    expect(typed('The report ran in USA Today on Monday.')).toEqual([['USA Today', 'org']]);
    expect(typed('USA Today reported it first, and Russia Today followed.')).toEqual([
      ['USA Today', 'org'],
      ['Russia Today', 'org'],
    ]);
    expect(typed('The Paris Summer Olympics opened.')).toEqual([['Paris Summer Olympics', 'event']]);
    expect(typed('The album featured Donna Summer.')).toEqual([['Donna Summer', 'person']]);
  });

  it('stays out at a sentence start, after a people’s word, in a headline, and for weekdays', () => {
    expect(typed('Today, Israel said it would go.')).toEqual([['Israel', 'place']]);
    expect(typed('It was the largest protest since the Arab Spring.')).toEqual([]);
    expect(typed('Israel Today Signs Deal With Egypt\n\nIsrael and Egypt signed it.').map(([n]) => n)).not.toContain('Israel Today');
    expect(typed('Officials said Israel Monday rejected the plan.')).toEqual([['Israel', 'place']]);
  });
});

describe('a weekday in the plural', () => {
  it('is no name on its own ("open until 8 p.m. on Thursdays", "on Saturdays and Sundays")', () => {
    expect(typed('The museum will stay open until 8 p.m. on Thursdays while it runs.')).toEqual([]);
    expect(typed('Markets in the square open on Saturdays and Sundays.')).toEqual([]);
  });

  it('is the name’s own after a name’s word ("TGI Fridays"), and a weekday alone is as it was', () => {
    expect(typed('TGI Fridays said it would close 36 restaurants.')).toEqual([['TGI Fridays', 'org']]);
    expect(typed('Officials said Israel Monday rejected the plan.')).toEqual([['Israel', 'place']]);
  });
});
