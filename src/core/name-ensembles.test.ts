import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an ensemble’s name before "and"', () => {
  it('is a body of its own, listed with the next ("the Chicago Symphony and Lyric Opera Company")', () => {
    expect(typed('He conducted the Chicago Symphony and Lyric Opera Company last year.')).toEqual([
      ['Chicago Symphony', 'org'],
      ['Lyric Opera Company', 'org'],
    ]);
  });

  it('leaves one body named by two fields as it was ("the Food and Drug Administration")', () => {
    expect(typed('The Food and Drug Administration said so.')).toEqual([['Food and Drug Administration', 'org']]);
  });
});
