import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a theatre named by its head is the building', () => {
  it('reads "at the Dominion Theatre", "the Teatro Colón" as places', () => {
    expect(typed("The show's last London run, at the Dominion Theatre in 2000, lasted 18 months.")).toContainEqual(['Dominion Theatre', 'place']);
    expect(typed('The opera opened at the Teatro Colón on Friday.')).toEqual([['Teatro Colón', 'place']]);
  });

  it('leaves the company that speaks as "it" a body', () => {
    expect(typed('The National Theatre said it would tour the play next year.')).toEqual([['National Theatre', 'org']]);
  });
});
