import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const found = (text: string): string[] => findEntities(text, lexicon).map((m) => `${m.text}:${m.type}`);

describe('two titled names joined by "and"', () => {
  it('are two people, even where a surname is a place\'s head ("Gen. Hill and Maj. Park")', () => {
    expect(found('Gen. Hill and Maj. Park said the drill went well.')).toEqual(['Hill:person', 'Park:person']);
    expect(found('The report by Col. Camp and Sgt. Lake was filed on Monday.')).toEqual(['Camp:person', 'Lake:person']);
    expect(found('Lt. Col. Anna Park and Capt. Lee Hill spoke to the press.')).toEqual(['Anna Park:person', 'Lee Hill:person']);
  });

  it('a rank\'s abbreviation alone titles a surname that is a place\'s head', () => {
    expect(found('Maj. Park said the drill went well.')).toEqual(['Park:person']);
    expect(found('Adm. Hill spoke to the crew.')).toEqual(['Hill:person']);
  });

  it('must not change: bodies that open with a title word, offices joined by "and"', () => {
    expect(found('Shares of General Motors and General Mills rose on Tuesday.')).toEqual(['General Motors:org', 'General Mills:org']);
    expect(found('President Biden and Prime Minister Kishida met in Tokyo.')).toEqual(['Biden:person', 'Kishida:person', 'Tokyo:place']);
    expect(found('Sen. Ron Wyden and Rep. Mark Green said it would pass.')).toEqual(['Ron Wyden:person', 'Mark Green:person']);
  });
});
