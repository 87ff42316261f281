import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { itJudged } from './name-said-it-judged';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an "it" after a speech verb that judges something', () => {
  it('is no company speaking of itself ("Johnson said it would be a tough winter")', () => {
    expect(typed('Johnson said it would be a tough winter.')).toEqual([['Johnson', 'person']]);
    expect(typed('Brannock said it was too early to tell.')).toEqual([['Brannock', 'person']]);
    expect(typed('Okafor said on Monday that it’s unclear when the talks resume.')).toEqual([['Okafor', 'person']]);
  });

  it('leaves a company’s own "it" an organisation’s ("said it would cut", "was cutting", "would be closing")', () => {
    expect(typed('Norvell said it would cut 200 jobs.')).toEqual([['Norvell', 'org']]);
    expect(typed('Norvell said it was cutting 200 jobs.')).toEqual([['Norvell', 'org']]);
    expect(typed('Norvell said it would be closing two plants.')).toEqual([['Norvell', 'org']]);
    expect(typed('Johnson & Johnson said it would cut jobs.')).toEqual([['Johnson & Johnson', 'org']]);
    // A negated verb or a firm's feeling is no judgement.
    expect(typed('Norvell said it was not planning layoffs.')).toEqual([['Norvell', 'org']]);
    expect(typed('Norvell said it is not aware of any breach.')).toEqual([['Norvell', 'org']]);
    expect(typed('Norvell said it was very pleased with the results.')).toEqual([['Norvell', 'org']]);
    expect(typed('Norvell said it was so far unaware of the fault.')).toEqual([['Norvell', 'org']]);
    // A role the firm holds after "a" is its own, no judgement.
    expect(typed('Norvell said it was a victim of a cyberattack.')).toEqual([['Norvell', 'org']]);
    expect(typed('Norvell said it is a party to the lawsuit.')).toEqual([['Norvell', 'org']]);
  });

  it('still reads "a" before a judgement as one ("a tough winter", "a mistake", "a victory for")', () => {
    expect(itJudged(' it was a mistake to wait')).toBe(true);
    expect(itJudged(' it was a victory for common sense')).toBe(true);
    expect(itJudged(' it was a victim of a cyberattack')).toBe(false);
    expect(typed('Brannock said it was a shame the talks failed.')).toEqual([['Brannock', 'person']]);
    // A role's word that opens a judgement: a possessive, a compound, a verb after "to".
    expect(typed('Martin Okafor said it was a buyer’s market.')).toEqual([['Martin Okafor', 'person']]);
    expect(typed('Tom Reyes said it was a party to remember.')).toEqual([['Tom Reyes', 'person']]);
    expect(typed('Hale said it was a target-rich environment.')).toEqual([['Hale', 'person']]);
    expect(itJudged(' it was a member.')).toBe(false);
    expect(itJudged(' it is a party to the lawsuit')).toBe(false);
  });

  it('reads a copula and a judgement after "it"', () => {
    expect(itJudged(' it would be a tough winter')).toBe(true);
    expect(itJudged(' that it was not clear')).toBe(true);
    expect(itJudged(' it was very hard to say')).toBe(true);
    expect(itJudged(" it's not clear when")).toBe(true);
    expect(itJudged(' it was not planning layoffs')).toBe(false);
    expect(itJudged(' it would be closing')).toBe(false);
    expect(itJudged(' it would cut jobs')).toBe(false);
    expect(itJudged(' its plants would close')).toBe(false);
  });
});

describe('itJudged', () => {
  it('reads the judgement on the verb\'s line only', () => {
    expect(itJudged(' it would be a tough winter.')).toBe(true);
    expect(itJudged('\nit would be a tough winter.')).toBe(false);
    expect(itJudged(' it would\nbe a tough winter.')).toBe(false);
    expect(itJudged(' it was\ntoo early to tell.')).toBe(false);
  });
});
