import { describe, expect, it } from 'vitest';
import { storedFacts, verdict as verdictOf } from '../../tests/support/stored-figures';
import { GAMES_YEAR_MARK, OTHER_GAMES_TALLY, otherGamesTally } from './figure-tally-games';
import { figureIn as figure, verdictAgainst as verdict } from './figure-test-kit';

// Every sentence is written for this test.
const other = (sentence: string, text: string): string | null => otherGamesTally(sentence, figure(sentence, text));

describe('which Games a medal tally is of', () => {
  it('marks a count won at other Games or over a career, and nothing else', () => {
    expect(other('Sweden won 14 golds at the 2014 Sochi Games.', '14 golds')).toBe(`${GAMES_YEAR_MARK}2014`);
    expect(other('Sweden won 14 golds at the previous Games in 2014.', '14 golds')).toBe(OTHER_GAMES_TALLY);
    expect(other('Ana Petrova has won nine medals in her career.', 'nine medals')).toBe(OTHER_GAMES_TALLY);
    // A running tally, and a count not won, are no other Games' tally.
    expect(other('Sweden has won 14 golds so far.', '14 golds')).toBeNull();
    expect(other('Sweden is aiming for 14 golds in 2028.', '14 golds')).toBeNull();
  });

  it('keeps a tally of other Games, or of a place the other does not name, apart', () => {
    const stored = 'Sweden, the hosts, won 14 golds and 41 medals.';
    expect(verdict(stored, '14 golds', 'Sweden won 14 golds at the 2014 Sochi Games.', '14 golds')).toBeUndefined();
    expect(verdict(stored, '14 golds', 'Sweden had 14 golds in Beijing.', '14 golds')).toBeUndefined();
    expect(verdict('Sweden won 14 golds in Milan.', '14 golds', 'Sweden had 14 golds.', '14 golds')).toBeUndefined();
    // Games of no name, or the same place on both sides, are these Games.
    expect(verdict(stored, '14 golds', 'Sweden won 14 golds at the Olympics.', '14 golds')).toBe('agrees');
    expect(verdict(stored, '14 golds', 'Sweden had 11 golds so far.', '11 golds')).toBe('differs');
    expect(verdict('Sweden won 14 golds in Milan.', '14 golds', 'Sweden had 14 golds in Milan.', '14 golds')).toBe('agrees');
    expect(verdict('Sweden won 14 golds in Milan.', '14 golds', 'Sweden had nine golds in Milan.', 'nine golds')).toBe('differs');
  });

  it('leaves counts that are no medals alone', () => {
    expect(verdict('Sweden won 14 races in Milan.', '14 races', 'Sweden won 14 races.', '14 races')).toBe('agrees');
  });

  it('reads a tally of the Games of a year against the stored story\'s year', () => {
    const paris = storedFacts('2024-08-11', 'Norway, the Nordic leaders, won 10 golds and 24 medals.');
    expect(verdictOf(paris, 'Norway won 10 golds at the 2024 Games.', '10 golds')?.[0]).toBe('agrees');
    expect(verdictOf(paris, 'Norway won eight golds at the 2024 Games.', 'eight golds')?.[0]).toBe('differs');
    // Another year's Games, or a story of another year, stay apart.
    expect(verdictOf(paris, 'Norway won 10 golds at the 2016 Games.', '10 golds')).toBeNull();
    const milan = storedFacts('2026-02-22', 'Norway, the Nordic leaders, won 10 golds and 24 medals.');
    expect(verdictOf(milan, 'Norway won 10 golds at the 2024 Games.', '10 golds')).toBeNull();
  });

  it('must not change: another meet of the same year, or a count since a year, is no tally of its Games (sport)', () => {
    const paris = storedFacts('2024-08-11', 'Norway, the Nordic leaders, won 10 golds and 24 medals.');
    expect(verdictOf(paris, 'Norway won 12 golds at the 2024 European Championships.', '12 golds')).toBeNull();
    expect(verdictOf(paris, 'Norway won 12 golds at the world championships in 2024.', '12 golds')).toBeNull();
    expect(verdictOf(paris, 'Norway won 12 golds at the 2024 Paralympics.', '12 golds')).toBeNull();
    expect(verdictOf(paris, 'Norway has won 12 golds since 2024.', '12 golds')).toBeNull();
    expect(verdictOf(paris, 'Norway won 12 golds at the 2024 Summer Games.', '12 golds')?.[0]).toBe('differs');
  });

  it('must not change: a year said of a count that is no tally (finance, weather, courts)', () => {
    const stored = storedFacts('2024-08-11', 'The bank cut 300 jobs in 2024.', 'The storm damaged 300 homes.');
    expect(verdictOf(stored, 'The bank cut 300 jobs in 2024.', '300 jobs')?.[0]).toBe('agrees');
    expect(verdictOf(stored, 'The storm damaged 300 homes in 2016.', '300 homes')?.[0]).toBe('agrees');
  });
});
