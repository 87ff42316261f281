import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Football clubs as transfer news writes them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a club named with a word that opens club names', () => {
  it('is an organisation ("VfB Stuttgart", "RB Leipzig", "Borussia Dortmund")', () => {
    expect(typed('He left VfB Stuttgart for RB Leipzig, then Borussia Dortmund.')).toEqual([
      ['VfB Stuttgart', 'org'],
      ['RB Leipzig', 'org'],
      ['Borussia Dortmund', 'org'],
    ]);
  });

  it('leaves the city alone a place, not the surname of a person', () => {
    expect(typed('He left VfB Stuttgart in May. Stuttgart finished fourth.')).toEqual([
      ['VfB Stuttgart', 'org'],
      ['Stuttgart', 'place'],
    ]);
  });
});

describe('a club a player moves from', () => {
  it('is an organisation ("joined from Tottenham Hotspur", "opens against …")', () => {
    expect(typed('Harry Kane joined from Tottenham Hotspur in 2023.')).toEqual([
      ['Harry Kane', 'person'],
      ['Tottenham Hotspur', 'org'],
    ]);
    expect(typed('The season opens against Hertha Berlin on Aug. 22.')).toEqual([['Hertha Berlin', 'org']]);
  });
});

describe('a club named for two places', () => {
  it('is one club when it takes a plural verb ("Bayern Munich have signed")', () => {
    expect(typed('Bayern Munich have signed the midfielder.')).toEqual([['Bayern Munich', 'org']]);
  });

  it('makes a region a club when the page writes it in the plural ("Bayern have won")', () => {
    expect(typed('The fee is a record in Bayern’s history. Bayern have won the league again.')).toEqual([
      ['Bayern', 'org'],
      ['Bayern', 'org'],
    ]);
  });

  it('still reads known places side by side as two names, and a country in no club', () => {
    expect(typed('The U.S. Middle East envoy met them.')).toEqual([
      ['U.S.', 'place'],
      ['Middle East', 'place'],
    ]);
    expect(typed('Fans said Israel Jerusalem were both wrong.').map(([t]) => t)).toEqual(['Israel', 'Jerusalem']);
  });
});

describe('a side of a hyphenated club name', () => {
  it('stands for the club, opening a sentence too ("SG Flensburg-Handewitt … Flensburg’s coach")', () => {
    const found = findEntities(
      'THW Kiel beat SG Flensburg-Handewitt 31-28 on Sunday. Flensburg’s coach, Michael Linke, said his side had lost. Flensburg, who had won the last two derbies, stay fourth.',
      lexicon,
    ).map((m) => [m.text, m.type, m.canonical]);
    expect(found.filter(([t]) => t === 'Flensburg')).toEqual([
      ['Flensburg', 'org', 'SG Flensburg-Handewitt'],
      ['Flensburg', 'org', 'SG Flensburg-Handewitt'],
    ]);
  });
});
