import { describe, expect, it } from 'vitest';
import { named } from './figure-named';
import { scorePairOf, scoreSide } from './figure-score-pairs';
import { figureIn as figure, verdictAgainst as verdict } from './figure-test-kit';
import { findQuantities } from './quantities';

// Every sentence is written for this test.
const pair = (sentence: string, text: string): string | undefined => scorePairOf(sentence, figure(sentence, text), findQuantities(sentence))?.text;

describe('score-like pairs', () => {
  it('reads the bare second count of a pair as the first one’s unit, of the side after "for"', () => {
    const s = 'Norway led the table with eight golds to 5 for Kenya.';
    expect(pair(s, '5')).toBe('eight golds');
    expect(scoreSide(named(s), figure(s, '5'))).toBe('Kenya');
  });

  it('reads no pair where the counts are not set side by side', () => {
    expect(pair('Norway cut its staff from 80 people to 5 for the winter.', '5')).toBeUndefined();
    expect(pair('The vote went 8 to 5.', '5')).toBeUndefined();
    expect(pair('Norway won eight golds, and 5 for Kenya were silver.', '5')).toBeUndefined();
  });

  it('sets the second count against the stored tally of its own side', () => {
    const stored = 'Kenya, the champions, won six golds and 11 medals.';
    expect(verdict(stored, 'six golds', 'Norway led the table with eight golds to 5 for Kenya.', '5')).toBe('differs');
    expect(verdict(stored, 'six golds', 'Norway led the table with eight golds to 6 for Kenya.', '6')).toBe('agrees');
    // The first count is still Norway's, not Kenya's.
    expect(verdict(stored, 'six golds', 'Norway led the table with six golds to 5 for Kenya.', 'six golds')).toBeUndefined();
  });
});
