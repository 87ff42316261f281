import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// A gazetteer town's name that the page uses for a company; every sentence is written for
// this test ("Bello" and "Tarsus" are towns the gazetteer lists).
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a town that speaks of itself as "it"', () => {
  it('is a company ("Bello said on Monday that it would", "Bello said its")', () => {
    expect(typed('Bello said on Monday that it would cut 200 jobs. Bello said its plants were full.')).toEqual([
      ['Bello', 'org'],
      ['Bello', 'org'],
    ]);
  });

  it('stays a town where the speaker is governed by a preposition, or with no "it"', () => {
    expect(typed('The mayor of Bello said it would take weeks to clear the roads.')).toEqual([['Bello', 'place']]);
    expect(typed('Floods cut the road to Bello, officials said.')).toEqual([['Bello', 'place']]);
  });

  it('stays a town where its "it" is a city government\'s ("Bello said its council", "said it would appeal")', () => {
    expect(typed('Bello said its council would vote on the plan.')).toEqual([['Bello', 'place']]);
    expect(typed('Bello said on Tuesday that it would close three schools.')).toEqual([['Bello', 'place']]);
    expect(typed('Bello said it would appeal the ruling.')).toEqual([['Bello', 'place']]);
    expect(typed('Bello said its city workers would get a raise.')).toEqual([['Bello', 'place']]);
  });
});

describe('towns listed after a plural kind noun with a phrase of its own', () => {
  it('are companies after "carmakers without a union, among them"', () => {
    expect(typed('The union will turn to the carmakers without a union, among them Bello and Tarsus.')).toEqual([
      ['Bello', 'org'],
      ['Tarsus', 'org'],
    ]);
  });

  it('stay towns after "towns in the south, among them"', () => {
    expect(typed('Floods hit towns in the south, among them Bello and Tarsus.')).toEqual([
      ['Bello', 'place'],
      ['Tarsus', 'place'],
    ]);
  });
});

describe('the surname of a person the page names in full, speaking of a firm\'s business as "it"', () => {
  it('is the company named for the person, who stays a person ("Henry Ford … Ford said it would cut jobs")', () => {
    expect(typed('Henry Ford built cars in Detroit. Ford said it would cut jobs.')).toEqual([
      ['Henry Ford', 'person'],
      ['Detroit', 'place'],
      ['Ford', 'org'],
    ]);
  });

  it('stays the person where it is no "it" of a firm ("Ford said he", "Hornbuckle said the group … its shares")', () => {
    expect(typed('Henry Ford built cars in Detroit. Ford said he would cut jobs.')).toEqual([
      ['Henry Ford', 'person'],
      ['Detroit', 'place'],
      ['Ford', 'person'],
    ]);
    expect(typed('Chief executive Bill Hornbuckle spoke. Hornbuckle said the group would buy back its shares.')).toEqual([
      ['Bill Hornbuckle', 'person'],
      ['Hornbuckle', 'person'],
    ]);
  });
});
