import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe("a saint's name with its possessive alone", () => {
  it('is a place, the possessive inside its span ("St. John\'s, Newfoundland", "at St. Paul\'s on Sunday")', () => {
    expect(typed("The trawler docked at St. John's on Wednesday.")).toEqual([["St. John's", 'place']]);
    expect(typed("The choir sang at St. Paul's on Sunday.")).toEqual([["St. Paul's", 'place']]);
    expect(typed("Tourists flew from St. Kitts to St. Martin's, then home.").map(([t]) => t)).toContain("St. Martin's");
    expect(typed("He prayed at St. Peter's.")).toEqual([["St. Peter's", 'place']]);
  });

  it("leaves a saint's own noun, a longer name and a name with no possessive as they were", () => {
    expect(typed("St. John's gospel was read aloud.")).toEqual([['St. John', 'person']]);
    expect(typed("Students at St. John's College met.").map(([t]) => t)).not.toContain("St. John's");
    expect(typed("Crowds gathered at St. Paul's Cathedral.").map(([t]) => t)).not.toContain("St. Paul's");
    expect(typed('She grew up in St. Paul.')).toEqual([['St. Paul', 'place']]);
    expect(typed("Fans of St. Pauli's team cheered.").map(([t]) => t)).not.toContain("St. Pauli's");
  });
});
