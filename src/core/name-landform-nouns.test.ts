import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { landformNounAfter } from './name-landform-nouns';
import { demonyms, placeLexicon, placeVariants } from './places';

// Sentences written for this test, from several domains.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name before a landform’s noun is a place (name-landform-nouns.ts)', () => {
  it('reads a landform noun that ends its phrase', () => {
    expect(landformNounAfter(' mountains and along the coast')).toBe(true);
    expect(landformNounAfter(' desert.')).toBe(true);
    expect(landformNounAfter(' desert edition sold out')).toBe(false);
    expect(landformNounAfter(' coasts')).toBe(false);
  });

  it('types the mountains, the foothills or the desert a name modifies as a place', () => {
    expect(typed('The money brings fast internet to villages in the Harz mountains and along the coast.')).toEqual([['Harz', 'place']]);
    expect(typed('Rangers found the hikers in the Tatra foothills on Sunday.')).toEqual([['Tatra', 'place']]);
    expect(typed('Temperatures in the Atacama desert fell below zero.')).toEqual([['Atacama', 'place']]);
  });

  it('leaves a firm, a person and a product before other nouns as they were', () => {
    expect(typed('The Harz group said profits rose.')).toEqual([['Harz', 'org']]);
    expect(typed('Maria Lopez said the mountains were closed to hikers.')).toEqual([['Maria Lopez', 'person']]);
    expect(typed('The Apple desert edition sold out.')).toEqual([['Apple', 'org']]);
  });

  it('reads a verb after the noun as the phrase\'s end ("the Gobi desert fell", "the Nuba mountains said")', () => {
    expect(landformNounAfter(' desert fell below zero')).toBe(true);
    expect(landformNounAfter(' mountains said they were surrounded')).toBe(true);
    expect(typed('Temperatures in the Gobi desert fell below zero.')).toEqual([['Gobi', 'place']]);
    expect(typed('Fighters in the Nuba mountains said they were surrounded.')).toEqual([['Nuba', 'place']]);
  });

  it('must not change: a noun after the landform\'s noun keeps the name\'s own type', () => {
    expect(landformNounAfter(' \tmountains  and the coast')).toBe(true);
    expect(landformNounAfter(' desert strategy was dropped')).toBe(false);
    expect(landformNounAfter(' hills campus opened')).toBe(false);
    expect(landformNounAfter(' mountains sayings')).toBe(false);
  });

  it('reads the name and the landform\'s noun on one line: a heading\'s last name is no landform\'s', () => {
    expect(landformNounAfter('\nmountains and the coast')).toBe(false);
    expect(landformNounAfter(' \n desert.')).toBe(false);
    // A line's end ends the noun's phrase: a heading's last words.
    expect(landformNounAfter(' mountains\nThe money goes to villages')).toBe(true);
    expect(typed('The money goes to the Harz\nmountains and the coast.')).toEqual([['Harz', 'org']]);
    expect(typed('Villages in the Harz mountains\nThe money goes there.')).toEqual([['Harz', 'place']]);
  });
});
