import { describe, expect, it } from 'vitest';
import { beatenSide, resultAfter, sideResultAfter } from './name-side-results';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a result with its score after a name', () => {
  it('makes the name a side ("Lee Man drew 1-1 with …", "Tai Po lost 2-0 at home")', () => {
    expect(typed('On Saturday Wing Lok drew 1-1 with Southern at home.')).toContainEqual(['Wing Lok', 'org']);
    expect(typed('Earlier, Tai Po lost 2-0 at home to Rangers.')).toContainEqual(['Tai Po', 'org']);
  });

  it('keeps a lone opener that beat a side by a score ("Kitchee beat Eastern 3-1")', () => {
    expect(typed('Kitchee beat Eastern 3-1 on Sunday.')).toContainEqual(['Kitchee', 'org']);
  });

  // Must not change: a player's match of sets, a vote, a result without a score.
  it('reads no side in sets, votes or a result without a score', () => {
    expect(sideResultAfter(' beat Ruud 6-3, 6-4 in the final.')).toBe(false);
    expect(sideResultAfter(' won the vote by 220 to 212.')).toBe(false);
    expect(sideResultAfter(' lost the case on Monday.')).toBe(false);
    expect(sideResultAfter(' beat Eastern 3-1 on Sunday.')).toBe(true);
  });

  it('reads no side in one set, frame or tiebreak of a match, nor in a vote\'s tally', () => {
    expect(typed('On Friday, Mira Tolland won the first set 6-3 before rain stopped play.')).toContainEqual(['Mira Tolland', 'person']);
    expect(typed('Dev Sandhu won the fourth frame 71-20 to lead.')).toContainEqual(['Dev Sandhu', 'person']);
    expect(typed('Nora Quill lost 47-52 in the county vote, officials said.')).toContainEqual(['Nora Quill', 'person']);
    expect(sideResultAfter(' edged Ruud 7-6 in a first-set tiebreak.')).toBe(false);
    // Still a result: a lone opener before it is a name.
    expect(resultAfter(' won the first set 6-3.')).toBe(true);
  });
});

describe('a player who beat another', () => {
  it('is no side for "beat", also the past tense of one player ("Nell Arden beat Tomas Ivey")', () => {
    expect(typed('Nell Arden beat Tomas Ivey in the semi-final on Friday.')).toEqual([
      ['Nell Arden', 'person'],
      ['Tomas Ivey', 'person'],
    ]);
  });

  it('is no side where the clause calls the winner "his" or "her" after one score of frames', () => {
    expect(typed('Ria Castell beat Omar Dune 10-7 to win her second ranking title.')).toEqual([
      ['Ria Castell', 'person'],
      ['Omar Dune', 'person'],
    ]);
    expect(sideResultAfter(' beat Dune 10-7 to win his first title.')).toBe(false);
  });

  // Must not change: a side beaten by one score, and a side's "their".
  it('still reads sides in "beat X 3-1" and "to win their first title"', () => {
    expect(typed('Kelso beat Marden 3-1 to win their first cup.')).toEqual([
      ['Kelso', 'org'],
      ['Marden', 'org'],
    ]);
    expect(beatenSide('Bayside beat ', ' 31-28 on Sunday.')).toBe(true);
    expect(beatenSide('Bayside beat ', ' in the final.')).toBe(false);
    expect(sideResultAfter(' beat Eastern 3-1 to win their first title.')).toBe(true);
  });
});
