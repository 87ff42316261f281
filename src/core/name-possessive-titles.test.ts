import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a title or a register named with its founder’s possessive', () => {
  it('keeps "Lloyd’s List" whole, an org, as "Harper’s Magazine" and "Lloyd’s Register"', () => {
    expect(typed("Lloyd's List put the cost of the blockage at $400 million an hour.")).toEqual([["Lloyd's List", 'org']]);
    expect(typed("The Lloyd's List report said rates rose.")).toEqual([["Lloyd's List", 'org']]);
    expect(typed("She wrote for Harper's Magazine in New York.")).toEqual([["Harper's Magazine", 'org'], ['New York', 'place']]);
    expect(typed("Lloyd's Register said the ship was sound.")).toEqual([["Lloyd's Register", 'org']]);
  });

  it('leaves an owner the page writes bare, another head and a surname alone as they were', () => {
    expect(typed("Lloyd said on Monday that Lloyd's List was wrong.")).toEqual([['Lloyd', 'person'], ['Lloyd', 'person'], ['List', 'org']]);
    expect(typed("Putin's Journal was read by few.")).toEqual([['Putin', 'org'], ['Journal', 'org']]);
    expect(typed('Robert List, the former governor, said on Monday he would run.')).toEqual([['Robert List', 'person']]);
    expect(typed('Kim Register told the court she was innocent.')).toEqual([['Kim Register', 'person']]);
  });
});

describe('a list or a register "of" a common noun', () => {
  it('is its owner’s, no title', () => {
    const names = (text: string): string[] => typed(text).map(([name]) => name);
    expect(names("Obama's List of books appeared on Friday.")).not.toContain("Obama's List");
    expect(names("Brady's List of grievances grew longer.")).not.toContain("Brady's List");
    expect(names("Trump's Register of donors was leaked.")).not.toContain("Trump's Register");
  });

  it('leaves a title whole before other words', () => {
    expect(typed("Lloyd's List of London said rates rose.")).toContainEqual(["Lloyd's List", 'org']);
    expect(typed("Lloyd's List said on Monday that rates of cover rose.")).toEqual([["Lloyd's List", 'org']]);
  });
});
