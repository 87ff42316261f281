// Counts of countries or members that backed a plan: what they did is the event that lets
// two such counts differ ("118 countries backed the pledge" against "more than 120").
import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

// Every sentence is written for this test.
const STORED = storedFacts('2023-12-13', 'More than 120 countries backed a pledge to cut methane by 2030, officials said.');

describe('a count of backers', () => {
  it('says what they did ("backed", "endorsed")', () => {
    expect(measure('Leaders of 118 countries backed the pledge on Saturday.', '118 countries')).toContain('backed');
    expect(measure('About 90 firms endorsed the plan.', 'About 90 firms')).toContain('backed');
  });
  it('differs from a stored count of backers on the wrong side of its bound, and agrees on the right one', () => {
    expect(verdict(STORED, 'Leaders of 118 countries backed the pledge on Saturday.', '118 countries')).toEqual(['differs', 'stored figure is more than 120']);
    expect(verdict(STORED, 'By Tuesday, 130 countries had backed the pledge.', '130 countries')).toEqual(['agrees', '130 is more than stored 120']);
  });
  it('gives no verdict on a count of countries that did something else ("118 countries attended")', () => {
    expect(verdict(STORED, 'Delegates of 118 countries attended the meeting.', '118 countries')).toBeNull();
  });
  it('takes no backing from a compound that says who stands behind a thing ("a Russian-backed force of 4,800 fighters")', () => {
    const force = storedFacts('2023-12-13', 'A US-backed force of 5,000 fighters took the town.');
    expect(measure('A Russian-backed force of 4,800 fighters held the hill.', '4,800 fighters')).not.toContain('backed');
    expect(verdict(force, 'A Russian-backed force of 4,800 fighters marched north.', '4,800 fighters')).toBeNull();
  });
});
