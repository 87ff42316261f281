import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a family named by its surname is people', () => {
  it('types the surname before "family" as a person ("the Pinault family\'s", "the Bettencourt Meyers family of L\'Oréal")', () => {
    expect(typed("€100 million came from the Pinault family's holding company.")).toEqual([['Pinault', 'person']]);
    expect(typed("The gift came from the Bettencourt Meyers family of L'Oréal.")).toContainEqual(['Bettencourt Meyers', 'person']);
  });

  it('leaves a product line and a brand\'s "family of" as before', () => {
    expect(typed('Regulators grounded the Airbus family of jets.')).toEqual([['Airbus', 'org']]);
  });
});
