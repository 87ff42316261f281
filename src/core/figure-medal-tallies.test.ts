import { describe, expect, it } from 'vitest';
import { MEDAL_TALLY, medalTally, tallyWinners } from './figure-medal-tallies';
import { named } from './figure-named';
import { figureIn as figure, verdictAgainst } from './figure-test-kit';

// Every sentence is written for this test.
const winners = (sentence: string, text: string): string[] => tallyWinners(named(sentence), figure(sentence, text));
const tally = (sentence: string, text: string): string | null => medalTally(sentence, figure(sentence, text));
// The stored side as the knowledge build reads it, owners and all.
const verdict = verdictAgainst;

describe('medal tallies', () => {
  it('reads a tally and its winner, past an apposition or the winner’s own relative clause', () => {
    expect(tally('Norway, the hosts, won 12 golds and 30 medals.', '30 medals')).toBe(MEDAL_TALLY);
    expect(winners('Norway, the hosts, won 12 golds and 30 medals.', '30 medals')).toEqual(['Norway']);
    expect(winners('Kenya had five golds and 11 medals in all.', '11 medals')).toEqual(['Kenya']);
    expect(winners('Mia Larsen, who won the sprint at the Oval on Monday, has two golds so far.', 'two golds')).toEqual(['Mia Larsen']);
    expect(tally('Sweden topped the table with 20 medals, its nine golds a record.', 'nine golds')).toBe(MEDAL_TALLY);
  });

  it('reads no tally in medals not won, nor a winner where another subject comes between', () => {
    // A target is not a tally.
    expect(tally('Norway won 12 golds, and its youth team is aiming for 20 golds.', '20 golds')).toBeNull();
    expect(winners('Kenya said that the team won 11 medals.', '11 medals')).toEqual([]);
    // A count of anything else is no tally.
    expect(tally('Kenya won 11 races.', '11 races')).toBeNull();
  });

  it('sets an earlier tally against the final one of the same winner only', () => {
    const stored = 'Norway, the hosts, won 12 golds and 30 medals, their best result.';
    expect(verdict(stored, '30 medals', 'Norway had five golds and 17 medals in all.', '17 medals')).toBe('differs');
    expect(verdict(stored, '12 golds', 'Norway had five golds and 17 medals in all.', 'five golds')).toBe('differs');
    // Another country's tally, and a soldier's medals, are not Norway's.
    expect(verdict(stored, '12 golds', 'Kenya had five golds so far.', 'five golds')).toBeUndefined();
    expect(verdict(stored, '30 medals', 'Sergeant Ola Berg won two medals for bravery in 2009.', 'two medals')).toBeUndefined();
    // Other Games, or a career, are not these Games' tally.
    expect(verdict(stored, '30 medals', 'Norway won 39 medals at the 2018 Games.', '39 medals')).toBeUndefined();
    expect(verdict(stored, '30 medals', 'Norway had won 28 medals in 2014.', '28 medals')).toBeUndefined();
    expect(verdict(stored, '30 medals', 'Norway took 16 medals in Sochi four years earlier.', '16 medals')).toBeUndefined();
    expect(verdict('Mia Larsen won four medals in Oslo.', 'four medals', 'Mia Larsen has won 11 medals in her career.', '11 medals')).toBeUndefined();
  });
});
