import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { isSportKind } from './name-sport-kinds';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a sport\'s kind written with capitals', () => {
  it('is no name ("Field Hockey", "Fantasy Football")', () => {
    expect(found('Field Hockey is popular in the Netherlands.')).toEqual(['Netherlands:place']);
    expect(found('Fantasy Football is big business.')).toEqual([]);
    expect(isSportKind('Beach Volleyball')).toBe(true);
  });

  it('knows every sport a body may be named for ("Indoor Rowing", "Ice Skating")', () => {
    expect(found('Indoor Rowing drew crowds in Berlin.')).toEqual(['Berlin:place']);
    expect(isSportKind('Ice Skating')).toBe(true);
  });

  it('must not change: a body or an event whose name holds the kind', () => {
    expect(found('USA Field Hockey said the team was picked.')).toEqual(['USA Field Hockey:org']);
    expect(found('The Ice Hockey World Championship opens in May.')).toEqual(['Ice Hockey World Championship:event']);
    expect(isSportKind('Field Hockey Federation')).toBe(false);
  });
});
