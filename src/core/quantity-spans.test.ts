// Spans of counts that business and sports news write: "one more cut", "five-match",
// "over three years" where "over" means "during".
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const spans = (text: string): string[] => findQuantities(text).map((q) => q.text);

describe('a count past "more"', () => {
  it('keeps "one" before "more" and a singular noun, and counts the noun', () => {
    expect(findQuantities('Traders now price one more cut by the end of the year.')).toMatchObject([{ text: 'one', value: 1, unit: 'cut' }]);
    expect(findQuantities('The projection shows two more cuts this year.')).toMatchObject([{ text: 'two', value: 2, unit: 'cuts' }]);
  });
  it('still drops the pronoun "one"', () => {
    expect(spans('one of the officials said no one would')).toEqual([]);
  });
});

describe('a hyphenated count in words', () => {
  it('is the whole token when it counts things', () => {
    expect(spans('to level their five-match series')).toEqual(['five-match']);
    expect(spans('The two-child limit on benefits will go.')).toEqual(['two-child']);
    expect(spans('before a three-game trip through Texas')).toEqual(['three-game']);
  });
  it('is not a count in "one-" compounds and set phrases', () => {
    expect(spans('a two-state solution, a one-off payment and a two-way street')).toEqual([]);
  });
});

describe('"over" before a length of time', () => {
  it('means "during" after a noun or a verb, and stays outside', () => {
    expect(findQuantities('The EU will buy $750 billion of energy over three years.').map((q) => [q.text, q.qualifier])).toEqual([
      ['$750 billion', null],
      ['three years', null],
    ]);
  });
  it('means "more than" after "for" or before a count', () => {
    expect(spans('the ceasefire holding for over two weeks')).toEqual(['over two weeks']);
    expect(spans('the detention of over 100 individuals')).toEqual(['over 100 individuals']);
  });
  it('means "during" after a figure, and before periods of a season or a year', () => {
    expect(spans('a contract that raised their pay by 25% over four years')).toEqual(['25%', 'four years']);
    expect(spans('Kessler struck out 13 batters over seven innings')).toEqual(['13 batters', 'seven innings']);
    expect(spans('an assessment of $16.3 billion over eight quarters')).toEqual(['$16.3 billion', 'eight quarters']);
  });
  it('still means "more than" before such periods after "in" or "for"', () => {
    expect(spans('He has pitched in over 10 seasons')).toEqual(['over 10 seasons']);
    expect(spans('a ban for over two seasons')).toEqual(['over two seasons']);
  });
  it('means "during" before stretches of play or nights only right after a figure', () => {
    expect(spans('They beat the holders by 31 imps over 60 boards in the final')).toEqual(['31 imps', '60 boards']);
    expect(spans('prize money of $40,000 over three nights')).toEqual(['$40,000', 'three nights']);
    expect(spans('She finished 4 under par over 72 holes')).toEqual(['4', '72 holes']);
    // Must not change: no figure before, "over" is "more than" (sport, weather, finance).
    expect(spans('The pair played over 60 boards on Sunday')).toEqual(['over 60 boards']);
    expect(spans('The storm lasted over three nights')).toEqual(['over three nights']);
    expect(spans('Shares rose 3% over two days')).toEqual(['3%', 'two days']);
    // Must not change: a preposition between the figure and "over" (finance, culture).
    expect(spans('The group owns 5 firms with over 60 boards')).toEqual(['5 firms', 'over 60 boards']);
    expect(spans('The fund holds 4 seats on over 60 boards')).toEqual(['4 seats', 'over 60 boards']);
    expect(spans('The festival ran 12 shows in over three nights')).toEqual(['12 shows', 'over three nights']);
  });
});

describe('a year before "levels"', () => {
  // Every sentence is written for this test.
  it('is the year, a date ("against 2019 levels", "below 1990 levels")', () => {
    expect(findQuantities('Emissions must fall 43% against 2019 levels.')).toMatchObject([{ text: '43%' }, { text: '2019', kind: 'date' }]);
    expect(findQuantities('Output is still below 1990 levels.')).toMatchObject([{ text: '1990', kind: 'date' }]);
  });
  it('leaves counts of levels alone ("120 levels", "2,500 levels")', () => {
    expect(findQuantities('The game has 120 levels to clear.')).toMatchObject([{ text: '120 levels', kind: 'number' }]);
    expect(findQuantities('The archive holds 2,500 levels made by players.')).toMatchObject([{ text: '2,500 levels', kind: 'number' }]);
  });
  it('leaves a year-like count after a verb of having or making them alone ("the game has 2000 levels")', () => {
    expect(findQuantities('The new game has 2000 levels across 40 worlds.')).toMatchObject([{ text: '2000 levels', kind: 'number' }, { text: '40 worlds' }]);
    expect(findQuantities('Players cleared 1999 levels in a week.')).toMatchObject([{ text: '1999 levels', kind: 'number' }]);
    expect(findQuantities('Air traffic exceeded 2019 levels in May.')).toMatchObject([{ text: '2019', kind: 'date' }]);
  });
});
