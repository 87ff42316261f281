import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { isCoinedName } from './name-camel';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a one-word name with a capital inside', () => {
  it('is a body where a speech verb would make it a person ("TriMet said")', () => {
    expect(typed('Crews will replace the cables, TriMet said on Tuesday.')).toEqual([['TriMet', 'org']]);
    expect(typed('Shares of BlackRock rose.')).toEqual([['BlackRock', 'org']]);
  });

  it('stays a person after a surname prefix ("McCall", "DeSantis", "MacDonald")', () => {
    expect(typed('Jim McCall said so. McCall agreed.')).toEqual([['Jim McCall', 'person'], ['McCall', 'person']]);
    expect(typed('Lisa MacDonald said so.')).toEqual([['Lisa MacDonald', 'person']]);
    expect(isCoinedName('DeSantis')).toBe(false);
    expect(isCoinedName('VanDyke')).toBe(false);
    expect(isCoinedName('PayPal')).toBe(true);
  });

  it('is a body when initials run into a word ("JPMorgan"), alone or in a longer name', () => {
    expect(typed('JPMorgan will pay the agency. Jamie Dimon, JPMorgan’s chief, agreed.')).toEqual([
      ['JPMorgan', 'org'],
      ['Jamie Dimon', 'person'],
      ['JPMorgan', 'org'],
    ]);
    expect(typed('Regulators sold it to JPMorgan Chase on Monday.')).toEqual([['JPMorgan Chase', 'org']]);
    expect(typed('They sold it to First Citizens BancShares in March.')).toEqual([['First Citizens BancShares', 'org']]);
  });

  it('leaves plural acronyms, short inner capitals and people named in full alone', () => {
    expect(isCoinedName('CEOs')).toBe(false);
    expect(isCoinedName('IDs')).toBe(false);
    expect(isCoinedName('LeBron')).toBe(false);
    expect(typed('Regulators sold it to Lisa Chase on Monday.')).toEqual([['Lisa Chase', 'person']]);
    expect(typed('LeBron James scored 30.')).toEqual([['LeBron James', 'person']]);
  });

  it('leaves people whose given name is joined or whose surname keeps a long prefix alone', () => {
    expect(typed('MaryAnn Keller, a nurse for 30 years, died Tuesday.')).toEqual([['MaryAnn Keller', 'person']]);
    expect(typed('AnnaSophia Robb will star in the film, the studio said.')).toEqual([['AnnaSophia Robb', 'person']]);
    expect(typed('Jeff VanderMeer said his new novel would be published in May.')).toEqual([['Jeff VanderMeer', 'person']]);
    expect(typed('Mohamed AbdelRahman, the minister, said talks would resume.')).toEqual([['Mohamed AbdelRahman', 'person']]);
    expect(typed('Police said Kevin OReilly, 41, was arrested on Monday.')).toEqual([['Kevin OReilly', 'person']]);
    expect(isCoinedName('DAngelo')).toBe(false);
  });
});
