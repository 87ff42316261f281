import { describe, expect, it } from 'vitest';
import { appositionType } from './apposition';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { lineOfTrade } from './apposition-lines';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a carrier\'s line in apposition', () => {
  it('is a company, even opening a sentence ("Kestrel, the largest container line, said")', () => {
    expect(typed('Rates rose. Kestrel, the largest container line, said it would reroute.')).toEqual([['Kestrel', 'org']]);
    expect(appositionType(', the cruise line, said')).toBe('org');
    expect(lineOfTrade('lines', 'shipping')).toBe(true);
  });

  it('must not change: "line" without a carrier\'s word, or not the head', () => {
    expect(appositionType(', the front line, was quiet')).toBeNull();
    expect(lineOfTrade('line', 'finish')).toBe(false);
    expect(typed('Anna Berg, a bus line driver, said the bus was late.')).toEqual([['Anna Berg', 'person']]);
  });
});
