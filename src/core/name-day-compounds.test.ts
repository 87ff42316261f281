import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a faith’s "Latter-day" or "Seventh-day"', () => {
  it('keeps "Latter-day" whole in a name of its own ("the Latter-day Saints")', () => {
    expect(typed('Members of the Latter-day Saints gathered in Utah.').map(([n]) => n)).toEqual(['Latter-day Saints', 'Utah']);
    expect(typed('The Seventh-day Adventist Church runs the clinic.').map(([n]) => n)).toEqual(['Seventh-day Adventist Church']);
  });

  it('leaves "Present-day" and a lower-case tail before a name cut ("Hamas-run Health Ministry")', () => {
    expect(typed('Present-day Ukraine was then part of it.')).toEqual([['Ukraine', 'place']]);
    expect(typed('The Hamas-run Health Ministry said 12 died.').map(([n]) => n)).toEqual(['Hamas', 'Health Ministry']);
  });
});
