import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { kindAppositiveVote } from './name-kind-appositives';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name after "the" and a kind of body', () => {
  it('is that body, though a speech verb follows it', () => {
    expect(typed('Prices rose, the trading firm Hoshino Bussan said.')).toEqual([['Hoshino Bussan', 'org']]);
    expect(typed('The carmaker Soren Vask said output fell.')).toEqual([['Soren Vask', 'org']]);
  });

  it('leaves a person after a role, a possessive or a noun for no body', () => {
    expect(typed('Shares fell, the company founder Hoshino Kenji said.')).toEqual([['Hoshino Kenji', 'person']]);
    expect(typed("The firm's chief, Hoshino Kenji, said it.")).toEqual([['Hoshino Kenji', 'person']]);
    expect(typed('Prices rose, the economist Hoshino Kenji said.')).toEqual([['Hoshino Kenji', 'person']]);
  });

  it('gives no vote where the name opens a clause of its own', () => {
    expect(kindAppositiveVote('He sold the company ', ' founded in 2002.')).toBe(0);
    expect(kindAppositiveVote('She joined the bank ', ' ran for a decade.')).toBe(0);
    expect(kindAppositiveVote('Prices rose, the trading firm ', ' said.')).toBe(3);
    expect(kindAppositiveVote('the ', ' said.')).toBe(0);
  });
});
