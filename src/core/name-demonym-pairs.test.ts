import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a two-word demonym before a person\'s name', () => {
  it('stays outside the name, at a sentence start or inside ("New Zealander Lydia Ko")', () => {
    expect(typed('New Zealander Lydia Ko won the title.')).toEqual([['Lydia Ko', 'person']]);
    expect(typed('Sri Lankan Kumar Sangakkara scored a century.')).toEqual([['Kumar Sangakkara', 'person']]);
    expect(typed('Fans cheered as South African Thandi Mokoena crossed the line.')).toEqual([['Thandi Mokoena', 'person']]);
  });

  it('must not change: a body the phrase opens, a one-word demonym, a lower-case role', () => {
    expect(typed('South African Airways said flights resumed.')).toEqual([['South African Airways', 'org']]);
    expect(typed('The deal was backed by South African Reserve Bank officials.')).toEqual([['South African Reserve Bank', 'org']]);
    expect(typed('Saudi Arabian Airlines said flights resumed.')).toEqual([['Saudi Arabian Airlines', 'org']]);
    expect(typed('North Korean leader Kim Jong Un said the test worked.')).toEqual([['Kim Jong Un', 'person']]);
    expect(typed('Kenyan runner Mary Wanjiru won the race.')).toEqual([['Mary Wanjiru', 'person']]);
  });

  it('must not change: a firm whose legal suffix ends the run ("Saudi Arabian Oil Co")', () => {
    expect(typed('Saudi Arabian Oil Co said output rose.').map(([name]) => name)).toEqual(['Saudi Arabian Oil Co']);
    expect(typed('South African Harmony Gold Mining Co said output rose.').map(([name]) => name)).toEqual(['South African Harmony Gold Mining Co']);
  });
});
