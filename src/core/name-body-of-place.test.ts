import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a body "of" a place', () => {
  it('is the body and its place where the page writes the body alone too', () => {
    expect(typed('Regional lenders fell, and First Republic Bank of San Francisco dropped 62%. Shares of First Republic Bank were halted.')).toEqual([
      ['First Republic Bank', 'org'],
      ['San Francisco', 'place'],
      ['First Republic Bank', 'org'],
    ]);
  });

  it('stays one name where the page writes it only so ("Federal Reserve Bank of San Francisco")', () => {
    expect(typed('Regional lenders fell, and First Republic Bank of San Francisco dropped 62%.')).toEqual([
      ['First Republic Bank of San Francisco', 'org'],
    ]);
    expect(typed('The Federal Reserve Bank of San Francisco said the Federal Reserve would act.')).toEqual([
      ['Federal Reserve Bank of San Francisco', 'org'],
      ['Federal Reserve', 'org'],
    ]);
  });

  it('stays one name for a firm "of" a country, and for a court or an institute of any place', () => {
    expect(typed('Royal Bank of Canada raised its dividend. Royal Bank said profit rose.')).toEqual([
      ['Royal Bank of Canada', 'org'],
      ['Royal Bank', 'org'],
    ]);
    expect(typed('The Supreme Court of Canada ruled on Friday. The Supreme Court said the law stood.')).toEqual([
      ['Supreme Court of Canada', 'org'],
      ['Supreme Court', 'org'],
    ]);
    expect(typed('The Art Institute of Chicago reopened. Visitors to the Art Institute queued.')).toEqual([
      ['Art Institute of Chicago', 'org'],
      ['Art Institute', 'org'],
    ]);
  });
});
