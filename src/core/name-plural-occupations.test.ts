import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { isPluralOccupation } from './name-plural-occupations';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a plural trade or science opening a sentence', () => {
  it('is no name', () => {
    expect(names('Hydrologists said the warning had come too late.')).toEqual([]);
    expect(names('Seismologists warned of more tremors near the coast.')).toEqual([]);
    expect(names('Statisticians found the rise was real.')).toEqual([]);
  });

  it('leaves names and other openers as they were', () => {
    expect(isPluralOccupation('Hydrologists')).toBe(true);
    expect(isPluralOccupation('Christ')).toBe(false);
    expect(isPluralOccupation('Lists')).toBe(false);
    expect(names('Brandau said the warning had come too late.')).toEqual(['Brandau']);
    expect(names('Hydrologists Guild said the warning had come too late.')).toEqual(['Hydrologists Guild']);
    expect(names('Physicians Council for Safe Care said the study was flawed.')).toEqual(['Physicians Council for Safe Care']);
  });
});
