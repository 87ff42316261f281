// A figure a verb says was gone beyond ("passed", "topped", "exceeded") is a floor.
import { describe, expect, it } from 'vitest';
import { figureIn } from '../../tests/support/stored-figures';
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
});
