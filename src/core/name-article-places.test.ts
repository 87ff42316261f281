import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { articlePlace } from './name-article-places';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an article before a known place', () => {
  it('is that place’s own name, not a given name and surname', () => {
    expect(typed('Tourists returned to La Palma in March.')).toEqual([['La Palma', 'place']]);
    expect(typed('Ferries to La Palma said they were full.')).toEqual([['La Palma', 'place']]);
  });

  it('leaves a surname opened by an article a person’s', () => {
    expect(typed('Marine Le Pen spoke. Le Pen said the vote was lost.')).toEqual([['Marine Le Pen', 'person'], ['Le Pen', 'person']]);
  });

  it('reads "Les" before a singular as the given name: "Les Hamilton" is a man', () => {
    expect(typed('Fans cheered as the veteran coach Les Hamilton walked out.')).toEqual([['Les Hamilton', 'person']]);
    expect(articlePlace(['Les', 'Sables'], () => true)).toBe(true);
  });
});
