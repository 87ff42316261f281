import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { sportWordInName } from './name-sport-words';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('a name with a sport\'s word inside it', () => {
  it('is a body\'s, also before a speech verb ("Pro Hockey Insight said")', () => {
    expect(typed('Pro Hockey Insight said the winger was the league\'s best.')).toEqual(['Pro Hockey Insight:org']);
    expect(typed('The rankings from Elite Cricket Analytics were published.')).toEqual(['Elite Cricket Analytics:org']);
  });

  it('must not change: a person surnamed for a sport, a titled person', () => {
    expect(typed('Rosa Golf said she would retire.')).toEqual(['Rosa Golf:person']);
    expect(sportWordInName(['Dana', 'Hockey'])).toBe(false);
    expect(typed('Coach Tom Rugby Hale said so.')).toEqual(['Tom Rugby Hale:person']);
  });
});
