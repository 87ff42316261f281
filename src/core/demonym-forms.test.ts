import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { demonymForms } from './demonym-forms';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('demonymForms', () => {
  it('gives a compass form without its compass word, and each side of a comma-joined entry', () => {
    expect(demonymForms('South Korean')).toEqual(['South Korean', 'Korean']);
    expect(demonymForms('Bosnian, Herzegovinian')).toEqual(['Bosnian', 'Herzegovinian']);
    expect(demonymForms('Sri Lankan')).toEqual(['Sri Lankan']);
  });
});

describe('demonyms the package words otherwise are no names', () => {
  it('leaves "Korean", "Kazakh", "Herzegovinian" before a common noun unmarked', () => {
    expect(typed('He met Korean officials on Monday.')).toEqual([]);
    expect(typed('Prices rose for Korean buyers.')).toEqual([]);
    expect(typed('He met Kazakh officials in the capital.')).toEqual([]);
    expect(typed('Flood water reached Herzegovinian towns.')).toEqual([]);
  });

  it('must not change: names a demonym opens keep it ("Korean Air", "Korean War", "Korean Peninsula")', () => {
    expect(typed('Korean Air said flights resumed.')).toEqual([['Korean Air', 'org']]);
    expect(typed('The Korean War ended in 1953.')).toEqual([['Korean War', 'event']]);
    expect(typed('Tension rose on the Korean Peninsula.')).toEqual([['Korean Peninsula', 'place']]);
    expect(typed('South Korea and North Korea met.')).toEqual([['South Korea', 'place'], ['North Korea', 'place']]);
  });
});

describe('the peoples of Bosnia and Herzegovina by their own words', () => {
  // Every sentence is written for this test.
  it('are no names ("the Bosnian Serb leader", "Croat and Bosniak parties")', () => {
    expect(typed('The Bosnian Serb leader said he would stay.')).toEqual([]);
    expect(typed('Croat and Bosniak parties agreed on a budget in Sarajevo.')).toEqual([['Sarajevo', 'place']]);
  });

  it('must not change: the countries and names that hold the word', () => {
    expect(typed('Talks in Serbia and Croatia resumed.')).toEqual([['Serbia', 'place'], ['Croatia', 'place']]);
    expect(typed('The Serb Democratic Party won the vote.')).toEqual([['Serb Democratic Party', 'org']]);
  });
});
