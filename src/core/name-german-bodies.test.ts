import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { opensOnDeutsch } from './name-german-bodies';

// Every sentence is written for this test; the bodies' second words are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name opening on the German adjective "deutsch"', () => {
  it('is a body, a firm’s or an agency’s', () => {
    expect(typed('Deutsche Pelzwerk rebuilt the line in stages.')).toEqual([['Deutsche Pelzwerk', 'org']]);
    expect(typed('Suppliers such as Deutsche Orvane, Vodafone and Telefónica had to upgrade.')).toContainEqual(['Deutsche Orvane', 'org']);
    expect(typed('A forecast by Deutscher Brandau warned of storms.')).toContainEqual(['Deutscher Brandau', 'org']);
  });

  it('needs a second word', () => {
    expect(opensOnDeutsch(['Deutsche'])).toBe(false);
    expect(opensOnDeutsch(['Anna', 'Deutsche'])).toBe(false);
    expect(opensOnDeutsch(['Deutsche', 'Bahn'])).toBe(true);
  });
});
