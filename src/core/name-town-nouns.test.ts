import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { townNounAfter } from './name-town-nouns';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a town before a word for its public', () => {
  it('stays the town when a page person has its name as a given name ("Austin police", "Lara voters")', () => {
    expect(typed('Austin Reaves scored 20. Austin police said traffic was heavy.')).toEqual([
      ['Austin Reaves', 'person'],
      ['Austin', 'place'],
    ]);
    expect(typed('Lara Trump spoke. Lara voters turned out in force.')).toEqual([
      ['Lara Trump', 'person'],
      ['Lara', 'place'],
    ]);
  });

  it('leaves the given name a person’s where no such word follows, and reads only lower-case words', () => {
    expect(typed('Lara Trump spoke at the rally. Lara said the race was close.')).toEqual([
      ['Lara Trump', 'person'],
      ['Lara', 'person'],
    ]);
    expect(townNounAfter('Austin County deputies came.', 'Austin')).toBe(false);
    expect(townNounAfter('Sebastian Lara policed it.', 'Lara')).toBe(false);
  });
});
