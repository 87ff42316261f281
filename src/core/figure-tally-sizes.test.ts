import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('medal tallies at any size', () => {
  const stored = storedFacts(
    '2024-08-11',
    'The United States topped the final medal table with 126 medals, its 40 golds level with China’s.',
    'France, the hosts, won 16 golds and 64 medals.',
  );
  it('an early tally differs from the final one, however far under it ("11 golds to 9")', () => {
    expect(verdict(stored, 'China led the medal table with 11 golds to 9 for the United States.', '11 golds')?.[0]).toBe('differs');
    expect(verdict(stored, 'China led the medal table with 11 golds to 9 for the United States.', '9')?.[0]).toBe('differs');
  });
  it('and is set against its own winner’s tally where the store has one', () => {
    expect(verdict(stored, 'France had four golds after the first week.', 'four golds')).toEqual(['differs', 'stored figure is 16']);
  });
  it('must not change: other counts far apart stay unjudged (finance, weather, courts)', () => {
    const other = storedFacts('2024-08-11', 'The bank cut 400 jobs.', 'The storm damaged 300 homes.', 'The court heard 120 witnesses.');
    expect(verdict(other, 'The bank cut 40 jobs in March.', '40 jobs')).toBeNull();
    expect(verdict(other, 'The storm damaged 30 homes in the north.', '30 homes')).toBeNull();
    expect(verdict(other, 'The court heard 12 witnesses on Monday.', '12 witnesses')).toBeNull();
  });
  it('must not change: an athlete\'s tally, or a part of a country\'s, is no early tally of the table (sport)', () => {
    expect(verdict(stored, 'Teddy Riner has won three golds.', 'three golds')).toBeNull();
    expect(verdict(stored, 'France won 5 golds in judo.', '5 golds')).toBeNull();
    expect(verdict(stored, 'France had 5 golds at the pool.', '5 golds')).toBeNull();
  });
  it('while a whole one still differs: "in all"', () => {
    expect(verdict(stored, 'France had four golds in all after the first week.', 'four golds')).toEqual(['differs', 'stored figure is 16']);
  });
  it('must not change: a count of medals that is no tally ("aiming for 20 golds")', () => {
    expect(verdict(stored, 'Britain is aiming for 60 golds in Los Angeles.', '60 golds')).toBeNull();
  });
});
