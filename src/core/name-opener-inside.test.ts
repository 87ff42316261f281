import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { writtenInsideSentence } from './name-opener-inside';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const spans = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('writtenInsideSentence', () => {
  it('finds the words after a lower-case word, as whole words', () => {
    expect(writtenInsideSentence('Shares of First Citizens rose.', 'First Citizens')).toBe(true);
    expect(writtenInsideSentence('Shares of First Citizenship rose.', 'First Citizens')).toBe(false);
    expect(writtenInsideSentence('Rates rose. First Citizens agreed.', 'First Citizens')).toBe(false);
  });
});

describe('a sentence-opening common word the page writes inside a name elsewhere', () => {
  it('stays the name\'s first word ("First Citizens BancShares agreed … shares of First Citizens")', () => {
    expect(spans('First Citizens BancShares agreed to buy the bank. Shares of First Citizens rose.')).toEqual([
      'First Citizens BancShares',
      'First Citizens',
    ]);
    expect(spans('Regulators seized First Republic Bank. First Republic had lost deposits.')).toEqual([
      'First Republic Bank',
      'First Republic',
    ]);
  });

  it('is dropped where the page never writes it inside a sentence, and "The" always is', () => {
    expect(spans('First Citizens BancShares agreed to buy the bank.')).toEqual(['Citizens BancShares']);
    expect(spans('The Harvest Food Bank said so. Volunteers at the Harvest Food Bank agreed.')).toEqual([
      'Harvest Food Bank',
      'Harvest Food Bank',
    ]);
  });
});
