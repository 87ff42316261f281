import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { structuralType } from './entity-typing';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a body named by a word and its acronym', () => {
  it('is an organisation, speech verb or not, in a sentence of its own ("Africa CDC said")', () => {
    expect(typed('Africa CDC said cases rose.')).toEqual([['Africa CDC', 'org']]);
    expect(typed('Africa CDC declared an emergency in August.')).toEqual([['Africa CDC', 'org']]);
  });

  it('leaves a person with a numeral or initials ("Louis XIV", "Leo XIV")', () => {
    expect(typed('Louis XIV ruled France.')).toEqual([
      ['Louis XIV', 'person'],
      ['France', 'place'],
    ]);
    expect(structuralType(['Leo', 'XIV'])).toBeNull();
    expect(structuralType(['JD', 'Vance'])).toBeNull();
    expect(structuralType(['Texas', 'DSHS'])).toBe('org');
  });
});
