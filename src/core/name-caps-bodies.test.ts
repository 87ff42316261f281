import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name of several words all in capitals', () => {
  it('is a body’s brand where nothing says it is a person’s ("CAL FIRE said", "DE BEERS said")', () => {
    expect(typed('CAL FIRE said the blaze was 40 percent contained.')).toEqual([['CAL FIRE', 'org']]);
    expect(typed('DE BEERS said diamond prices fell.')).toEqual([['DE BEERS', 'org']]);
  });

  it('stays a person’s with a title or an age, and a name in ordinary case stays as it was', () => {
    expect(typed('Sen. JOHN HALE, 54, said no.')).toEqual([['JOHN HALE', 'person']]);
    expect(typed('Cal Harlow said the blaze was contained.')).toEqual([['Cal Harlow', 'person']]);
  });
});

describe('a name in capitals that is no body’s', () => {
  it('stays a place where the words around it put it somewhere ("shoppers in NEW YORK")', () => {
    expect(typed('Shoppers in NEW YORK lined up early.')).toEqual([['NEW YORK', 'place']]);
  });

  it('stays a person’s in a byline, one name or several', () => {
    expect(typed('By JOHN SMITH\nThe council met on Monday.')).toEqual([['JOHN SMITH', 'person']]);
    expect(typed('By JOHN SMITH and MARY JONES\nThe council met.')).toEqual([
      ['JOHN SMITH', 'person'],
      ['MARY JONES', 'person'],
    ]);
  });

  it('is still a body after "by" in running text ("was cut by DE BEERS")', () => {
    expect(typed('The price was cut by DE BEERS last week.')).toEqual([['DE BEERS', 'org']]);
  });
});
