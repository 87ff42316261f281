import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Sentences written for this test, from several trades.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const products = (text: string): string[] => {
  const out = new Set<string>();
  findEntities(text, lexicon, out);
  return [...out];
};

describe('software named by what its sentence says of it (product-software.ts)', () => {
  it('a name before a noun of software after a possessive is a product, unmarked', () => {
    expect(typed('Engineers said its Falcon sensor crashed the machines.')).toEqual([]);
    expect(typed('Users lost access to Hollis\u2019s Vanta cloud for hours.')).toEqual([['Hollis', 'org']]);
  });

  it('after a machine "running", the maker stays and the rest is its product', () => {
    expect(typed('The bug hit laptops running Kestrel Ostara on Friday, Kestrel said.')).toEqual([
      ['Kestrel', 'org'],
      ['Kestrel', 'org'],
    ]);
    expect(products('The bug hit laptops running Kestrel Ostara on Friday, and Ostara devices failed.')).toContain('Ostara');
  });

  it('leaves a company before its goods and a person before "running" alone', () => {
    expect(typed('Analysts said the Oracle software was sound.')).toEqual([['Oracle', 'org']]);
    expect(typed('Voters backed candidates running Maria Lopez close, said Tom Reyes.')).toEqual([
      ['Maria Lopez', 'person'],
      ['Tom Reyes', 'person'],
    ]);
    expect(typed('Dana Whitfield, its chief executive, spoke on Monday.')).toEqual([['Dana Whitfield', 'person']]);
  });
});
