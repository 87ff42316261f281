import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a firm named with its founder’s possessive', () => {
  it('keeps "Moody’s Investors Service" whole, a plural trade and a body’s head after the possessive', () => {
    expect(names("Moody's Investors Service cut the bank's rating on Tuesday.")).toEqual(["Moody's Investors Service"]);
    expect(names('The rating was cut by Harcourt’s Ratings Group last week.')).toEqual(['Harcourt’s Ratings Group']);
  });

  it('leaves an owner’s possessive apart: no plural first, an owner written bare, or no head at the end', () => {
    expect(names("Putin's Security Council met.")).toEqual(['Putin', 'Security Council']);
    expect(names("Moody said Moody's Investors Service was wrong.")).not.toContain("Moody's Investors Service");
    expect(names("Harcourt's Investors Weekly sold out.")).not.toContain("Harcourt's Investors Weekly");
  });

  it('leaves a leader’s possessive apart before a public body, a union or a council ("Obama’s Veterans Affairs Department")', () => {
    expect(names("Obama's Veterans Affairs Department was criticized.")).not.toContain("Obama's Veterans Affairs Department");
    expect(names("Biden's Workers Council met on Monday.")).not.toContain("Biden's Workers Council");
    expect(names("Kroger's Teamsters Union struck.")).not.toContain("Kroger's Teamsters Union");
  });
});
