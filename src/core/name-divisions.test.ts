import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { divisionHead } from './name-divisions';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a division named by a compass point after a body', () => {
  it('keeps the demonym that opens the body ("the American League East")', () => {
    expect(typed('The club finished second in the American League East last year.')).toEqual([['American League East', 'org']]);
    expect(typed('They topped the European Rugby League West in May.')).toEqual([['European Rugby League West', 'org']]);
  });
  it('leaves a demonym before a name with no body’s head outside it', () => {
    expect(typed('The American Jim West won the race.')).toEqual([['Jim West', 'person']]);
    expect(typed('The club won the American League last season.')).toEqual([['American League', 'org']]);
  });
  it('reads the head before the compass point', () => {
    expect(divisionHead(['American', 'League', 'East'])).toBe('League');
    expect(divisionHead(['League', 'East'])).toBeNull();
    expect(divisionHead(['American', 'League'])).toBeNull();
  });
});
