import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { namesPartOfBody } from './name-body-parts';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const canonicals = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.canonical]);

describe('a chamber named alone after its committee', () => {
  it('is the chamber, not the committee’s short form', () => {
    expect(canonicals('Ana Ruiz told the Senate Commerce Committee that the bill had not come to a vote in the Senate.')).toContainEqual([
      'Senate',
      'Senate',
    ]);
    expect(canonicals('The House Judiciary Committee met on Monday, and the House voted on Friday.')).toContainEqual(['House', 'House']);
  });

  it('reads a committee or caucus of three words or more', () => {
    expect(namesPartOfBody(['Senate', 'Commerce', 'Committee'])).toBe(true);
    expect(namesPartOfBody(['Congressional', 'Progressive', 'Caucus'])).toBe(true);
    expect(namesPartOfBody(['Nobel', 'Committee'])).toBe(false);
    expect(namesPartOfBody(['Meta', 'Platforms'])).toBe(false);
  });

  // Must not change: a company's first word is still its short form.
  it('leaves a company named by its first word as it was', () => {
    expect(canonicals('Meta Platforms said sales rose. Meta said it would hire.')).toContainEqual(['Meta', 'Meta Platforms']);
    expect(canonicals('The Federal Reserve held rates, and the Federal Open Market Committee voted 10-2.')).toContainEqual([
      'Federal Reserve',
      'Federal Reserve',
    ]);
  });
});
