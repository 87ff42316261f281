import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { withoutCountedAwards } from './name-counted-awards';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention } from './types';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an award named in the plural', () => {
  it('is the prizes, no name, where it is counted ("won more Academy Awards", "12 Grammy Awards")', () => {
    expect(typed('The director won more Academy Awards than anyone else.')).toEqual([]);
    expect(typed('She has won 12 Grammy Awards and two Oscars.')).toEqual([]);
  });

  it('is the ceremony where it is not counted ("at the Academy Awards", "the 96th Academy Awards")', () => {
    expect(typed('She spoke at the Academy Awards on Sunday.')).toEqual([['Academy Awards', 'event']]);
    expect(typed('The 96th Academy Awards drew crowds.')).toEqual([['Academy Awards', 'event']]);
    // A year before dates the ceremony; it counts nothing.
    expect(typed('He hosted the 2025 Grammy Awards on Sunday.')).toEqual([['Grammy Awards', 'event']]);
    expect(typed('Since the 1998 Oscars, the show has shrunk.')).toEqual([['Oscars', 'event']]);
  });
});

describe('the count before an award', () => {
  const award = (text: string): EntityMention[] => {
    const start = text.indexOf('Oscars');
    return [{ start, end: start + 6, text: 'Oscars', type: 'event', canonical: 'Oscars' }];
  };
  it('shares the award\'s line: a line ending in a figure counts no award on the next', () => {
    expect(withoutCountedAwards(award('She has won two Oscars.'), 'She has won two Oscars.')).toEqual([]);
    const broken = 'Tickets sold: 12\nOscars night is on Sunday.';
    expect(withoutCountedAwards(award(broken), broken)).toHaveLength(1);
  });
});
