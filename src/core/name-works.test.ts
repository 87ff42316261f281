import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a work’s title', () => {
  it('is not marked where the page says it is a work ("Ransom Day, the second film …")', () => {
    const text = 'Ransom Day, the second film from the director Priya Anand, follows a clerk held for a ransom.';
    expect(names(text)).toEqual(['Priya Anand']);
    expect(names('He watched Gaza Nights, a new documentary, twice.')).toEqual([]);
  });

  it('keeps a name whose apposition is no work, or a person described by one', () => {
    expect(names('Priya Anand, the director of the film, spoke.')).toEqual(['Priya Anand']);
    expect(names('Election Day, the day of the vote, was quiet.')).toEqual(['Election Day']);
  });
});
