import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { ownsBodysThingToo, ownsPersonsThing } from './name-owned-views';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name that owns a view, words or kin after a preposition', () => {
  it('is a person’s, not a place the preposition governs ("In Smith’s view", "in Ortega’s words")', () => {
    // A lone surname is a person's by the full name before it; the view itself votes no person.
    expect(typed("John Smith spoke first. In Smith's view the deal was fair.")).toEqual([
      ['John Smith', 'person'],
      ['Smith', 'person'],
    ]);
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

describe('a view, a judgement or a lawyer, which a body holds as much as a person', () => {
  it('votes no person for the name that owns it ("In Microsoft’s view", "Ashgrove’s lawyers")', () => {
    expect(typed("In Microsoft's view, the rules were too strict.")).toEqual([['Microsoft', 'org']]);
    expect(typed('In Norvell’s judgement the merger was lawful.')).toEqual([['Norvell', 'org']]);
    expect(typed('The appeal was filed by Ashgrove’s lawyers on Monday.')).toEqual([['Ashgrove', 'org']]);
  });

  it('still votes a person for words, a mind or kin, and still keeps "in" from voting a place', () => {
    expect(typed('In Brannock’s own words, the plan was a gamble.')).toEqual([['Brannock', 'person']]);
    expect(typed('To Hale’s mind it was a shock.')).toEqual([['Hale', 'person']]);
    expect(typed('In Dorvale’s view the vote was fair.').map(([, t]) => t)).not.toContain('place');
  });
});

describe('what a name owns', () => {
  it('shares its line: a heading that ends in a possessive owns nothing on the next', () => {
    expect(ownsPersonsThing("'s own words")).toBe(true);
    expect(ownsPersonsThing("'s\nwife")).toBe(false);
    expect(ownsBodysThingToo("'s lawyers")).toBe(true);
    expect(ownsBodysThingToo("'s\nlawyers")).toBe(false);
  });
});
