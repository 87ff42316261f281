import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a lawmaker’s party-and-state tag', () => {
  it('is no name, abbreviated or written out, in commas or brackets', () => {
    expect(typed('Mary Jones, D-Pa., said the bill would pass.')).toEqual([['Mary Jones', 'person']]);
    expect(typed('Rep. Tom Hale, R-Texas, said the bill would fail.')).toEqual([['Tom Hale', 'person']]);
    expect(typed('Sen. Ann Lee (D-N.Y.) voted against it.')).toEqual([['Ann Lee', 'person']]);
    expect(typed('Sen. Ruth Abel, I-Vt., spoke first.')).toEqual([['Ruth Abel', 'person']]);
  });

  it('leaves a hyphenated name that is no state’s, and a state written on its own', () => {
    expect(typed('On June 6, D-Day, the Allies landed in Normandy.').map(([n]) => n)).toContain('D-Day');
    expect(typed('Mary Jones, of Pennsylvania, said the bill would pass.')).toEqual([
      ['Mary Jones', 'person'],
      ['Pennsylvania', 'place'],
    ]);
    expect(typed('Farmers in Texas, R-rated films aside, went to the fair.').map(([n]) => n)).toContain('Texas');
  });
});
