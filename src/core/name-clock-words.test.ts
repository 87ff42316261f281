import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a feast’s name or a time of day, written with a capital', () => {
  it('is no name: a feast is a time of year, as "Christmas" is ("at Thanksgiving", "over Halloween")', () => {
    expect(typed('They met at Thanksgiving for dinner.')).toEqual([]);
    expect(typed('Sales rose over Halloween weekend.')).toEqual([]);
    expect(typed('Shops in Leeds shut during Diwali.')).toEqual([['Leeds', 'place']]);
  });

  it('is no name after a preposition of time ("at Noon", "until Midnight", "by Dawn")', () => {
    expect(typed('The rally starts at Noon on Friday.')).toEqual([]);
    expect(typed('The polls in Ohio stay open until Midnight.')).toEqual([['Ohio', 'place']]);
    expect(typed('Troops crossed the river by Dawn.')).toEqual([]);
  });
});

describe('a feast’s or a time’s word that is part of a name, or a name of its own', () => {
  it('leaves a longer name whole ("Thanksgiving Day Parade", "Sunset Boulevard")', () => {
    expect(typed('Crowds lined the Thanksgiving Day Parade route.').map(([n]) => n)).toEqual(['Thanksgiving Day Parade']);
    expect(typed('They reached Sunset Boulevard at Dusk.').map(([n]) => n)).toEqual(['Sunset Boulevard']);
  });

  it('leaves a time word with no preposition of time a name ("Dawn Butler said", "Midnight said")', () => {
    expect(typed('Dawn Butler said the vote was close.')).toEqual([['Dawn Butler', 'person']]);
    expect(typed('The band Midnight said it would tour.').map(([n]) => n)).toEqual(['Midnight']);
  });

  it('leaves a time word a name after a preposition where a verb of speech or a state follows it ("after Dawn said")', () => {
    expect(typed('The song was written after Dawn said goodbye.')).toEqual([['Dawn', 'person']]);
    expect(typed('Fans cheered at Sunrise, Florida.').map(([n]) => n)).toEqual(['Sunrise', 'Florida']);
    expect(typed('At Midnight, Ohio polls closed.')).toEqual([['Ohio', 'place']]);
    expect(typed('Troops crossed the river by Dawn, said Ann Lee.')).toEqual([['Ann Lee', 'person']]);
  });
});
