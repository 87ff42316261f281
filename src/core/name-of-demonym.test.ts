import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('"of" and a people’s word before a lower-case noun after a body’s name', () => {
  it('ends the body’s name ("the Church of England of Nigerian descent")', () => {
    expect(typed('She joined the Church of England of Nigerian descent.')).toEqual([['Church of England', 'org']]);
    expect(typed('An economist at the Bank of England of Irish origin spoke.')).toEqual([['Bank of England', 'org']]);
    expect(typed('A professor at the University of Texas of Mexican heritage won the prize.')).toEqual([['University of Texas', 'org']]);
  });
});

describe('"of" that goes on naming the body', () => {
  it('still joins a capitalised name, a people’s word in a capitalised name, or a place', () => {
    expect(typed('The Church of Jesus Christ of Latter-day Saints said it would help.')).toEqual([['Church of Jesus Christ of Latter-day Saints', 'org']]);
    expect(typed('He studied at the Institute of Chinese Medicine in Beijing.')).toEqual([['Institute of Chinese Medicine', 'org'], ['Beijing', 'place']]);
    expect(typed('The Museum of Fine Arts of Boston reopened.')).toEqual([['Museum of Fine Arts of Boston', 'org']]);
  });

  it('leaves a lower-case phrase after "of" outside the name as before ("of all ages")', () => {
    expect(typed('Members of the Church of England of all ages came.')).toEqual([['Church of England', 'org']]);
  });
});
