// A figure a verb says was gone beyond ("passed", "topped", "exceeded") is a floor.
import { describe, expect, it } from 'vitest';
import { figureIn, storedFacts, verdict } from '../../tests/support/stored-figures';
import { withBoundBefore } from './figure-bound-before';

const qualifierOf = (sentence: string, text: string) => withBoundBefore(sentence, figureIn(sentence, text)).qualifier;

describe('a figure gone beyond', () => {
  it('reads "passed", "topped", "exceeded" and "surpasses" before a figure as "more than"', () => {
    expect(qualifierOf('The utility says its repair bill has passed $400 million.', '$400 million')).toBe('more than');
    expect(qualifierOf('Ticket sales topped 2 million in the first week.', '2 million')).toBe('more than');
    expect(qualifierOf('Turnout exceeded 60% in the capital.', '60%')).toBe('more than');
    expect(qualifierOf('The strike surpasses 100 days on Friday.', '100 days')).toBe('more than');
  });
  it('leaves a count of things passed or crossed as it is: "passed 3 bills"', () => {
    expect(qualifierOf('The assembly passed 3 bills on the last day of the session.', '3 bills')).toBeNull();
    expect(qualifierOf('The convoy crossed 2 bridges before dawn.', '2 bridges')).toBeNull();
  });
  it('needs the verb right before the figure', () => {
    expect(qualifierOf('The bill passed with 61 votes.', '61 votes')).toBeNull();
    expect(qualifierOf('The top 10 firms paid $2 billion.', '10 firms')).toBeNull();
  });
  it('leaves one side of a tally as it is: "the levy passed 54% to 46%"', () => {
    expect(qualifierOf('The school levy passed 54% to 46% on Tuesday.', '54%')).toBeNull();
    expect(qualifierOf('The motion passed 212 to 190 after a long debate.', '212')).toBeNull();
    const stored = storedFacts('2024-05-02', 'Voters backed the school levy 54% to 46% on Tuesday.');
    expect(verdict(stored, 'The school levy passed 54% to 46% on Tuesday.', '54%')?.[0]).toBe('agrees');
  });
  it('leaves a time that says when as it is: "the deadline passed 2 weeks ago"', () => {
    expect(qualifierOf('The filing deadline passed 2 weeks ago.', '2 weeks')).toBeNull();
    expect(qualifierOf('The storm passed 6 hours later than forecast.', '6 hours')).toBeNull();
    expect(qualifierOf('The walkout has passed 6 weeks.', '6 weeks')).toBe('more than');
    const stored = storedFacts('2024-05-02', 'The strike deadline expired on Friday, 3 days after talks broke down.');
    expect(verdict(stored, 'The strike deadline passed 3 days after talks broke down.', '3 days')?.[0]).toBe('agrees');
  });
});
