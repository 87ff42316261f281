import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { monthGivenNameOpens, monthOpensGivenName } from './name-month-given-names';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe("a month that is a given name (name-month-given-names)", () => {
  it('opens the person\'s name inside a sentence and at its start', () => {
    expect(names('The fiddler June Hallett played the reel.')).toEqual(['June Hallett']);
    expect(names('August Brenner painted the mural.')).toEqual(['August Brenner']);
    expect(names('Fans cheered when April Dunmore took the stage.')).toEqual(['April Dunmore']);
  });

  // Must not change: the month of a date, after a word of time, and the wish's "May".
  it('stays the calendar\'s after a word of time, before a number, or as a wish', () => {
    expect(names('In June Hallett signed the lease.')).toEqual(['Hallett']);
    expect(monthOpensGivenName('June', 'since ', ' Hallett left')).toBe(false);
    expect(monthOpensGivenName('June', 'due ', ' 5')).toBe(false);
    expect(monthGivenNameOpens(['May', 'Hallett'], () => true)).toBe(false);
    expect(monthGivenNameOpens(['June', 'Hallett'], () => false)).toBe(false);
  });
});
