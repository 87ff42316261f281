// Ranges of shares and of durations compared through the whole chain, as counts and sums
// already are: a single figure inside the other's range agrees, one outside it differs.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const TURNOUT = storedFacts('2025-02-03', 'Turnout in the election reached 22% nationwide, officials said.');
const TRUCE = storedFacts('2025-02-03', 'Under the initial 42-day ceasefire, Hamas agreed to release 33 hostages.');

describe('a page range against a stored figure', () => {
  it('compares a range of percentages with a stored share', () => {
    expect(verdict(TURNOUT, 'Turnout in the election was between 20 and 25 percent.', 'between 20 and 25 percent')).toEqual([
      'agrees', 'stored 22% is within this page’s range (20–25%)',
    ]);
    expect(verdict(TURNOUT, 'Turnout in the election was 20-25%.', '20-25%')).toEqual(['agrees', 'stored 22% is within this page’s range (20–25%)']);
    expect(verdict(TURNOUT, 'Turnout in the election was 20% to 25%.', '20% to 25%')).toEqual(['agrees', 'stored 22% is within this page’s range (20–25%)']);
    expect(verdict(TURNOUT, 'Turnout in the election was between 30 and 35 percent.', 'between 30 and 35 percent')).toEqual([
      'differs', 'stored figure is 22%',
    ]);
  });
  it('compares a range of durations with a stored length, in days', () => {
    expect(verdict(TRUCE, 'The ceasefire will last five to seven weeks.', 'five to seven weeks')).toEqual([
      'agrees', 'stored 42 days is within this page’s range (5–7 weeks)',
    ]);
    expect(verdict(TRUCE, 'The ceasefire will last three to four weeks.', 'three to four weeks')).toEqual(['differs', 'stored figure is 42 days']);
  });
  it('compares a range that holds the stored range', () => {
    const stored = storedFacts('2025-02-03', 'Analysts expect turnout of between 22 and 24 percent in the election.');
    expect(verdict(stored, 'Turnout in the election will be between 20 and 25 percent.', 'between 20 and 25 percent')).toEqual([
      'agrees', 'stored 22–24% is within this page’s range (20–25%)',
    ]);
  });
  it('does not compare ranges of other things', () => {
    expect(verdict(TURNOUT, 'Unemployment was between 20 and 25 percent.', 'between 20 and 25 percent')).toBeNull();
    expect(verdict(TRUCE, 'The match lasted three to four hours.', 'three to four hours')).toBeNull();
    // How long the truce has held is not how long it lasts.
    expect(verdict(TRUCE, 'Five to seven weeks into the ceasefire, talks resumed.', 'Five to seven weeks')).toBeNull();
  });
});

describe('a page figure against a stored range', () => {
  const EXPECTED = storedFacts('2025-02-03', 'Analysts expect turnout of between 20 and 25 percent in the election.', 'The ceasefire is expected to last three to four weeks.');
  it('agrees inside the range and differs outside it', () => {
    expect(verdict(EXPECTED, 'Turnout in the election was 23%.', '23%')).toEqual(['agrees', '23% is within the stored range (20–25%)']);
    expect(verdict(EXPECTED, 'Turnout in the election was 31%.', '31%')).toEqual(['differs', 'stored figure is 20–25%']);
    expect(verdict(EXPECTED, 'The ceasefire will last 25 days.', '25 days')).toEqual(['agrees', '25 days is within the stored range (3–4 weeks)']);
    expect(verdict(EXPECTED, 'The ceasefire will last 60 days.', '60 days')).toEqual(['differs', 'stored figure is 3–4 weeks']);
  });
});

describe('a central bank’s target range', () => {
  const FED = storedFacts('2025-09-17', 'WASHINGTON — The Federal Reserve cut its benchmark interest rate on Wednesday to a range of 4.00%-4.25%.');
  it('is the range of its rate, not a goal', () => {
    expect(verdict(FED, 'The Fed lowered its target range to 4.00%-4.25% on Wednesday.', '4.00%-4.25%')).toEqual(['agrees', 'same range']);
    expect(verdict(FED, 'The Fed set a 3.75%-4.00% target range on Wednesday.', '3.75%-4.00%')).toEqual(['differs', 'stored figure is 4–4.25%']);
  });
  it('is no rate without the word: a range alone says nothing of what', () => {
    expect(verdict(FED, 'The Fed said growth would be in a range of 4.00%-4.25%.', '4.00%-4.25%')).toBeNull();
  });
});
