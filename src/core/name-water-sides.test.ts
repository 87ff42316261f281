import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { waterSideBefore } from './name-water-sides';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name whose banks, shore or mouth the sentence names', () => {
  it('is a place, a river’s, a lake’s or a sea’s ("the banks of the Thames")', () => {
    expect(typed('Boats moored on the banks of the Thames overnight.')).toEqual([['Thames', 'place']]);
    expect(typed('Fish have returned to the mouth of the Mersey.')).toEqual([['Mersey', 'place']]);
    expect(typed('Cafés line the left bank of the Orvane in summer.')).toEqual([['Orvane', 'place']]);
    expect(typed('Crowds gathered on the quays of the Seine to watch.')).toEqual([['Seine', 'place']]);
  });

  it('leaves a lender’s bank, and what a noun other than a side is “of”, as they were', () => {
    expect(typed('The food bank of the Salvation Army opened on Monday.')).toEqual([['Salvation Army', 'org']]);
    expect(typed('The central bank of the Orvane Republic cut rates.')).toEqual(typed('The Orvane Republic cut rates.'));
    expect(typed('The staff of the Marlowe said they were tired.')).toEqual([['Marlowe', 'org']]);
    expect(waterSideBefore('the bank of the ')).toBe(false);
    expect(waterSideBefore('the banks of the ')).toBe(true);
    expect(waterSideBefore('the banks of the river and the ')).toBe(false);
  });
});
