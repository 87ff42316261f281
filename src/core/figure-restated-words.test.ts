import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = [
  'The rover carried enough battery power for 90 days when it landed, and it climbed 45% of the crater wall in its first month.',
  'The agency froze all hiring in March 2021, and the program was shut down in 2019.',
];

describe('a length, share or date of the same value whose clause shares a word with the stored one', () => {
  it('agrees where no topic word names what it is of', () => {
    const facts = storedFacts('2024-05-02', ...STORED);
    expect(verdict(facts, 'Engineers said the rover had battery power for 90 days.', '90 days')?.[0]).toBe('agrees');
    expect(verdict(facts, 'It had climbed 45% of the crater wall by then.', '45%')?.[0]).toBe('agrees');
    expect(verdict(facts, 'The agency, which froze hiring in March 2021, declined to comment.', 'March 2021')?.[0]).toBe('agrees');
  });
  it('says nothing of another value, or of the same value said of other things', () => {
    const facts = storedFacts('2024-05-02', ...STORED);
    expect(verdict(facts, 'Engineers said the rover had battery power for 60 days.', '60 days')).toBeNull();
    expect(verdict(facts, 'The team spent 90 days in quarantine before launch.', '90 days')).toBeNull();
    expect(verdict(facts, 'Turnout in the county was 45% this year.', '45%')).toBeNull();
    expect(verdict(facts, 'The mayor took office in March 2021.', 'March 2021')).toBeNull();
  });
});

describe('a day of the same date said with only a verb of time in common', () => {
  it('is no restatement: another event began that day', () => {
    const facts = storedFacts('2024-03-04', 'The strike began in March 2021 at three plants.');
    expect(verdict(facts, 'The festival began in March 2021 at the harbour.', 'March 2021')).toBeNull();
  });
});
