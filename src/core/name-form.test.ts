import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { structuralType } from './name-form';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a body named by a word and its acronym', () => {
  it('is an organisation, speech verb or not, in a sentence of its own ("Africa CDC said")', () => {
    expect(typed('Africa CDC said cases rose.')).toEqual([['Africa CDC', 'org']]);
    expect(typed('Africa CDC declared an emergency in August.')).toEqual([['Africa CDC', 'org']]);
  });

  it('leaves a person with a numeral or initials ("Louis XIV", "Leo XIV")', () => {
    expect(typed('Louis XIV ruled France.')).toEqual([
      ['Louis XIV', 'person'],
      ['France', 'place'],
    ]);
    expect(structuralType(['Leo', 'XIV'])).toBeNull();
    expect(structuralType(['JD', 'Vance'])).toBeNull();
    expect(structuralType(['Texas', 'DSHS'])).toBe('org');
  });
});

describe('an acronym with an ampersand', () => {
  it('is an organisation, never a person, opening a sentence ("S&D lawmakers said")', () => {
    expect(typed('S&D lawmakers said so.')).toEqual([['S&D', 'org']]);
    expect(typed('AT&T said profits rose.')).toEqual([['AT&T', 'org']]);
    expect(typed('Marks & Spencer said sales rose.')).toEqual([['Marks & Spencer', 'org']]);
    expect(structuralType(['S', 'D'], 'S&D')).toBe('org');
  });
});

describe('a word of standing opening a two-word name with no head word', () => {
  it('makes a body’s name, not a given name and surname ("Royal Caribbean", "Standard Chartered")', () => {
    expect(typed('Royal Caribbean said bookings rose.')).toEqual([['Royal Caribbean', 'org']]);
    expect(typed('Standard Chartered said profits rose.')).toEqual([['Standard Chartered', 'org']]);
    expect(typed('Shares of Federal Brandt fell.')).toEqual([['Federal Brandt', 'org']]);
  });

  it('leaves a head word to decide, and other first words a person’s ("General Herzi Halevi", "Carla Royal")', () => {
    expect(typed('He visited the Royal Albert Hall.')).toEqual([['Royal Albert Hall', 'place']]);
    expect(typed('General Herzi Halevi resigned.')).toEqual([['Herzi Halevi', 'person']]);
    expect(typed('Carla Royal said bookings rose.')).toEqual([['Carla Royal', 'person']]);
    // Before a country or a continent the word qualifies a place: no body's name.
    expect(structuralType(['Continental', 'Europe'])).toBeNull();
    expect(structuralType(['Imperial', 'Japan'])).toBeNull();
    expect(typed('Prices in Continental Europe rose faster than in Britain.')).toEqual([
      ['Continental Europe', 'place'],
      ['Britain', 'place'],
    ]);
  });
});
