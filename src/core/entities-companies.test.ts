import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Companies' names as wire copy writes them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a company named with a trade word for its head', () => {
  it('is an organisation ("Meta Platforms", like "… Technologies")', () => {
    expect(typed('Meta Platforms filed its own appeal last week.')).toEqual([['Meta Platforms', 'org']]);
  });
});

describe('the first word of an organisation the page names in full', () => {
  it('is its short form ("Meta Platforms … Meta said")', () => {
    expect(typed('Meta Platforms was fined on the same day. Meta said the ruling was wrong.')).toEqual([
      ['Meta Platforms', 'org'],
      ['Meta', 'org'],
    ]);
  });

  it('leaves a titled person a person ("Trump Organization … President Trump")', () => {
    expect(typed('The Trump Organization sued. President Trump said it would win.')).toEqual([
      ['Trump Organization', 'org'],
      ['Trump', 'person'],
    ]);
  });
});

describe('a product named by its maker’s spelling', () => {
  it('is no name, nor is the model after it ("the iPhone Air")', () => {
    expect(typed('The iPhone Air will start at $999 in the United States, and the iPad Pro Max costs more.')).toEqual([
      ['United States', 'place'],
    ]);
  });

  it('leaves a title and a person after it, or a known name, a name', () => {
    expect(typed('Sellers on eBay Chief Executive Jamie Iannone said so. Its iPhone China sales fell.')).toEqual([
      ['Jamie Iannone', 'person'],
      ['China', 'place'],
    ]);
  });
});
