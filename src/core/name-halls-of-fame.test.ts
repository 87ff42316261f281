import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a hall of fame', () => {
  it('is one body’s name with its "of", an org', () => {
    expect(typed('She was elected to the Pro Football Hall of Fame on Saturday.')).toEqual([['Pro Football Hall of Fame', 'org']]);
    expect(typed('The museum next to the Country Music Hall of Fame drew crowds.')).toEqual([['Country Music Hall of Fame', 'org']]);
  });

  it('keeps an "and" before it, though a word of it is a town', () => {
    expect(typed('The band was inducted into the Rock and Roll Hall of Fame in 2013.')).toEqual([['Rock and Roll Hall of Fame', 'org']]);
  });

  it('leaves other halls and lists with "and" as they were', () => {
    expect(typed('Crowds gathered outside Springfield City Hall of all places.').map(([name]) => name)).toEqual(['Springfield City Hall']);
    expect(typed('Officials from the Smithsonian and Carnegie Hall attended.').map(([name]) => name)).toEqual([
      'Smithsonian',
      'Carnegie Hall',
    ]);
  });
});
