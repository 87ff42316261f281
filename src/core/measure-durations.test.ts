import { describe, expect, it } from 'vitest';
import { ELAPSED_MARK, LENGTH_MARK, durationAspect } from './measure-durations';
import { findQuantities } from './quantities';

describe('durationAspect', () => {
  const aspect = (sentence: string, text: string): string | null => {
    const q = findQuantities(sentence).find((x) => x.text === text);
    if (!q) throw new Error(`no "${text}" in "${sentence}"`);
    return durationAspect(sentence, q);
  };
  it('tells how long something lasts from how long it has run', () => {
    expect(aspect('Under the initial 42-day ceasefire deal, Hamas agreed.', '42-day')).toBe(LENGTH_MARK);
    expect(aspect('The truce will last six weeks.', 'six weeks')).toBe(LENGTH_MARK);
    expect(aspect('Three weeks into the cease-fire, talks began.', 'Three weeks')).toBe(ELAPSED_MARK);
    expect(aspect('The toll after 15 months of war rose.', '15 months')).toBe(ELAPSED_MARK);
    expect(aspect('Despite the ceasefire holding for over two weeks, talks stalled.', 'over two weeks')).toBe(ELAPSED_MARK);
    expect(aspect('Food arrived in the first two weeks of the truce.', 'two weeks')).toBeNull();
    expect(aspect('Hamas freed 33 hostages.', '33 hostages')).toBeNull();
  });
});
