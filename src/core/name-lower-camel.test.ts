import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isLowerCamelName } from './name-lower-camel';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name opening in lower case with a capital inside', () => {
  it('is a body once something names it so ("easyJet said", "Vueling and easyJet")', () => {
    expect(typed('Fares rose in May, easyJet said on Friday.')).toEqual([['easyJet', 'org']]);
    expect(typed('Sellers left eBay in March, and eBay said it would cut its fees.')).toEqual([['eBay', 'org'], ['eBay', 'org']]);
    expect(typed('Fares fell. Vueling and easyJet said the strike cost them.')).toEqual([['Vueling', 'org'], ['easyJet', 'org']]);
  });

  it('cuts its possessive off and joins no capitalised neighbour', () => {
    expect(typed('Profits at easyJet’s rival fell, easyJet said.')).toEqual([['easyJet', 'org'], ['easyJet', 'org']]);
    expect(typed('Ticket sales were slow, and the Lisbon easyJet said it would close.')).toEqual([['Lisbon', 'place'], ['easyJet', 'org']]);
  });

  it('needs that evidence: a product or a common noun so spelt is no name', () => {
    expect(typed('She bought the new iPad Mini and two eBikes.')).toEqual([]);
  });

  it('takes no cue after an article, an owner or as a plural: a product or a common noun', () => {
    expect(typed('The iPhone posted record sales in Brazil last year.')).toEqual([['Brazil', 'place']]);
    expect(typed('Sales of its iPad rose 5% in its first quarter, the company said.')).toEqual([]);
    expect(typed('Owners of iPhones told the paper the update failed.')).toEqual([]);
    expect(typed('Fares rose in May, and Britain’s easyJet said it would cut routes.')).toContainEqual(['easyJet', 'org']);
  });

  it('leaves units and technical words alone', () => {
    for (const word of ['kWh', 'mAh', 'mSv', 'pH', 'kPa', 'mRNA', 'siRNA', 'mmHg']) expect(isLowerCamelName(word)).toBe(false);
    for (const word of ['easyJet', 'eBay', 'iRobot', 'eToro']) expect(isLowerCamelName(word)).toBe(true);
  });
});
