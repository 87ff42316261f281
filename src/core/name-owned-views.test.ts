import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name that owns a view, words or kin after a preposition', () => {
  it('is a person’s, not a place the preposition governs ("In Smith’s view", "in Ortega’s words")', () => {
    expect(typed("In Smith's view the deal was fair.")).toEqual([['Smith', 'person']]);
    expect(typed('The plan, in Varadkar’s own words, was a gamble.')).toEqual([['Varadkar', 'person']]);
  });

  it('leaves a known place owning things a place ("In Paris’s view", "in Gaza’s north")', () => {
    expect(typed("In Paris's view the deal was fair.")).toEqual([['Paris', 'place']]);
    expect(typed('Fighting went on in Gaza’s north.')).toEqual([['Gaza', 'place']]);
  });

  it('leaves an unknown name owning anything else after "in" as it was ("in Dorvale’s suburbs")', () => {
    expect(typed('Prices rose in Dorvale’s suburbs.')).toEqual([['Dorvale', 'place']]);
    // A kin word naming a town, a church or a firm is no kin: "sister city", "mother church".
    expect(typed("Officials in Dorvale's sister city of Lyon were pleased.")).toEqual([['Dorvale', 'place'], ['Lyon', 'place']]);
    expect(typed("In Dorvale's mother church the choir sang.")).toEqual([['Dorvale', 'place']]);
    expect(typed("To Hale's wife it was a shock.")).toEqual([['Hale', 'person']]);
  });
});
