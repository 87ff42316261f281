import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a company named for its trade', () => {
  it('is a body after a surname ("Ford Motor") or after "General" ("General Mills")', () => {
    expect(typed('Analysts said Ford Motor would cut jobs.')).toEqual([['Ford Motor', 'org']]);
    expect(typed('General Mills raised prices on cereal last month.')).toEqual([['General Mills', 'org']]);
    expect(typed('Shares of General Electric fell.')).toEqual([['General Electric', 'org']]);
  });

  it('leaves a person whose surname is a trade, and a general, alone', () => {
    expect(typed('Janet Mills said on Tuesday she would run.')).toEqual([['Janet Mills', 'person']]);
    expect(typed('Governor Mills said on Tuesday she would run.')).toEqual([['Mills', 'person']]);
    expect(typed('General Milley said the troops would stay.')).toEqual([['Milley', 'person']]);
    expect(typed('General Adams said the troops would stay.')).toEqual([['Adams', 'person']]);
  });
});
