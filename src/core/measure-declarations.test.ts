import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'The World Health Organization declared mpox a public health emergency of international concern on Aug. 14, 2024, the highest level of alarm.';
const STATUS = 'The committee will decide whether mpox should still be treated as a public health emergency of international concern, a status it has held since August 2024.';

describe('the day a status began', () => {
  it('is the day it was declared, or since when a status is held', () => {
    expect(measure(STORED, 'Aug. 14, 2024')).toContain('declared-on');
    expect(measure(STATUS, 'August 2024')).toContain('declared-on');
    // Near cases: a count "since" a day, and a meeting on the status, are no declaration.
    expect(measure('Cases have doubled since August 2024.', 'August 2024')).not.toContain('declared-on');
    expect(measure('The emergency committee will meet on Sept. 4 to decide whether the emergency should be lifted.', 'Sept. 4')).not.toContain('declared-on');
  });
  it('meets the stored declaration: its month agrees, another month differs', () => {
    const stored = storedFacts('2025-06-12', STORED);
    expect(verdict(stored, STATUS, 'August 2024')?.[0]).toBe('agrees');
    expect(verdict(stored, STATUS.replace('August 2024', 'July 2023'), 'July 2023')?.[0]).toBe('differs');
  });
  it('leaves a meeting on the status alone', () => {
    const stored = storedFacts('2025-06-12', STORED);
    expect(verdict(stored, 'The emergency committee will meet on Sept. 4 to decide whether the public health emergency should be lifted.', 'Sept. 4')).toBeNull();
  });
});

// A state held since a day with no status noun: "in force" is a rule's own status and dates
// its start; a state said by a verb ("closed", "detained") is an event word, and dates are
// compared by their event nouns only (two days with schools closed on them are two days).
describe('a state held since a day, said without a status noun', () => {
  const stored = storedFacts('2025-04-01', 'The ban took effect on March 1, 2025.', 'Officials closed the schools on Jan. 7, 2025.');
  it('is the day a rule took effect when it "has been in force since"', () => {
    expect(verdict(stored, 'The ban has been in force since March 1.', 'March 1')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The ban has been in force since March 3, 2025.', 'March 3, 2025')?.[0]).toBe('differs');
  });
  it('is only the same full day for a state said by a verb: another day gets no verdict', () => {
    expect(verdict(stored, 'The schools have been closed since Jan. 7, 2025.', 'Jan. 7, 2025')?.[0]).toBe('agrees');
    expect(verdict(stored, 'The schools have been closed since Jan. 9, 2025.', 'Jan. 9, 2025')).toBeNull();
  });
});
