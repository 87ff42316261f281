import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { alongRoute, bridgeAfter } from './name-routes';

// Every sentence is written for this test; "Olvera" is a name no lexicon knows.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name a boat, a swimmer or a parade goes along', () => {
  it('is a place after "the" ("sailed down the Olvera")', () => {
    expect(typed('Crowds watched as boats sailed down the Olvera on Sunday.')).toEqual([['Olvera', 'place']]);
    expect(alongRoute('a parade of about 4,400 athletes down the ')).toBe(true);
  });

  it('is not one after a phrasal verb with no motion ("shut down the Olvera")', () => {
    expect(typed('Officials shut down the Olvera on Sunday after the vote.')).toEqual([['Olvera', 'org']]);
    expect(alongRoute('They set up the ')).toBe(false);
  });
});

describe('a place preposition before "the" and a name', () => {
  it('still governs the name where a preposition or "itself" follows it, not a noun', () => {
    expect(typed('Tests found bacteria in the Olvera above the limit on Monday.')).toEqual([['Olvera', 'place']]);
    expect(typed('The swimmers will race in the Olvera itself, officials said.')).toEqual([['Olvera', 'place']]);
  });

  it('governs the noun the name modifies ("in the Olvera case")', () => {
    expect(typed('Lawyers in the Olvera case met on Monday.')).toEqual([['Olvera', 'org']]);
  });
});

describe('a lower-case bridge after a name (name-routes.ts)', () => {
  it('is read only on the name\'s line: a heading\'s last name is no bridge\'s', () => {
    expect(bridgeAfter('\nbridge repairs began on Monday')).toBe(false);
    expect(bridgeAfter(' \n footbridge')).toBe(false);
  });

  it('must not change: on one line it is a bridge, and a lender\'s word still vetoes it', () => {
    expect(bridgeAfter(' bridge was closed')).toBe(true);
    expect(bridgeAfter('  footbridge,')).toBe(true);
    expect(bridgeAfter(' bridge loan')).toBe(false);
    expect(bridgeAfter(' bridge\nloan')).toBe(false);
  });
});
