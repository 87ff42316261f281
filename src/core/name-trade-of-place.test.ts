import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a firm named for its trade at sea, "of" a place', () => {
  it('is the firm and where it is, two names', () => {
    expect(typed('The ship is operated by Evergreen Marine of Taiwan, officials said.')).toEqual([
      ['Evergreen Marine', 'org'],
      ['Taiwan', 'place'],
    ]);
    expect(typed('It is managed by Bernhard Schulte Shipmanagement of Germany, which said the crew were safe.')).toEqual([
      ['Bernhard Schulte Shipmanagement', 'org'],
      ['Germany', 'place'],
    ]);
    expect(typed('Hyundai Merchant Marine of South Korea said profits rose.')).toEqual([
      ['Hyundai Merchant Marine', 'org'],
      ['South Korea', 'place'],
    ]);
  });

  it('leaves a body named for its country, and other heads, whole', () => {
    expect(typed('The Transportation Safety Board of Canada said on Monday.')).toEqual([['Transportation Safety Board of Canada', 'org']]);
    expect(typed('The Shipping Corporation of India said it would buy ships.')).toEqual([['Shipping Corporation of India', 'org']]);
    expect(typed('The Maritime Museum of Barcelona opened.')).toEqual([['Maritime Museum of Barcelona', 'org']]);
  });
});
