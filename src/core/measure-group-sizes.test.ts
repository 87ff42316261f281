// A bare number after a group's noun and "of" is the group's size, as "18 crew members" is.
import { describe, expect, it } from 'vitest';
import { measureIn, sentenceFact, storedFacts, verdict, verdictOn } from '../../tests/support/stored-figures';

describe('a group’s size', () => {
  it('counts the group: "its crew of 18", "a jury of 12", "crews of at least two"', () => {
    expect(measureIn('The freighter’s owner said its crew of 18 were safe.', '18')).toContain('counts:crew');
    expect(measureIn('A jury of 12 heard the case.', '12')).toContain('counts:jury');
    expect(measureIn('The rule would require crews of at least two on every train.', 'at least two')).toContain('counts:crew');
    expect(measureIn('The tanker’s 18 crew members were flown home.', '18')).toContain('counts:crew');
  });
  it('leaves other bare counts and counted nouns alone', () => {
    expect(measureIn('The freighter’s owner said 18 of them were safe.', '18').some((w) => w.startsWith('counts:'))).toBe(false);
    expect(measureIn('The union’s 400 members voted.', '400 members')).not.toContain('counts:crew');
  });
  it('agrees with the same crew counted as members: "crew of 18" and "its 18 crew members"', () => {
    const stored = storedFacts('2024-04-02', 'The freighter was refloated on Sunday, and its owner said its crew of 18, all from the Philippines, were safe.');
    expect(verdict(stored, 'The freighter was towed to anchorage, and its 18 crew members, all from the Philippines, stayed aboard.', '18')?.[0]).toBe('agrees');
  });
  it('does not set a crew against ships or feet', () => {
    const crew = sentenceFact('The freighter carried grain, and its crew of 18 waited for the tide.', '18');
    expect(verdictOn(crew, 'The canal let at least 12 ships carrying grain wait for the tide.', 'at least 12 ships')).toBeNull();
    expect(verdictOn(crew, 'The freighter carried grain and waited for the tide at 30 feet.', '30 feet')).toBeNull();
  });
});
