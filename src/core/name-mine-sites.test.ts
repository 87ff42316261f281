import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { mineSiteAround } from './name-mine-sites';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a mine or a palace named by "the" or its owner (name-mine-sites)', () => {
  it('makes the name before it a place', () => {
    expect(typed('Workers struck at the El Rosario mine on Monday.')).toEqual([['El Rosario', 'place']]);
    expect(typed('He met reporters at the La Zarzuela palace.')).toEqual([['La Zarzuela', 'place']]);
    expect(typed('Output fell at its Los Bronces mine.')).toEqual([['Los Bronces', 'place']]);
    expect(typed('Ore from Vantor\'s Grasberg copper and gold mine fell.')).toContainEqual(['Grasberg', 'place']);
  });

  // Must not change: a company's mine, and "mine" the pronoun.
  it('leaves a mine named for its owner after "a", and the pronoun, alone', () => {
    expect(mineSiteAround('the second accident at a ', 'Codelco', ' mine this year')).toBe(false);
    expect(typed('It was the second accident at a Codelco mine this year.')).toEqual([['Codelco', 'org']]);
    expect(mineSiteAround('a friend of ', 'Ana', ', said so')).toBe(false);
    expect(typed('It was Ana Ruiz\'s idea, not mine.')).toEqual([['Ana Ruiz', 'person']]);
  });

  it('leaves an owner\'s name after a bare "the" alone: "the Rio Tinto mine"', () => {
    expect(mineSiteAround('expand ', 'Rio Tinto', ' mine')).toBe(false);
    expect(typed('Investors fear the Rio Tinto mine at Oyu Tolgoi will close.')).toContainEqual(['Rio Tinto', 'org']);
    expect(typed('A tailings dam at the Samarco mine burst in 2015.')).toEqual([['Samarco', 'org']]);
  });
});
