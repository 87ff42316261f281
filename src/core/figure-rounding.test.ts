// A figure of one significant digit ("about 100 million", "about 50,000") is a coarse
// rounding: it stands for figures within a tenth of it, not for everything its step rounds.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { isRoundingOf } from './figure-verdict';

const BREACH = storedFacts('2024-07-29', 'Hackers took the data of about 100 million people in the attack, the company said.');
const TOLL = storedFacts('2025-01-20', 'The war has killed 47,498 people in Gaza, the health ministry said.');

describe('coarse roundings', () => {
  it('agrees where the rounding is near the figure', () => {
    expect(verdict(BREACH, 'Hackers took the data of 94 million people in the attack.', '94 million people')).toEqual([
      'agrees', 'stored 100,000,000 rounds 94,000,000',
    ]);
    expect(verdict(TOLL, 'About 50,000 people have been killed in Gaza.', 'About 50,000 people')).toEqual(['agrees', 'rounds 47,498']);
    expect(isRoundingOf(4000, 3900, true)).toBe(true);
  });
  it('does not take a figure a fifth off for its rounding', () => {
    // Not a rounding, so no agreement (and a count of people only differs where both say
    // what happened to them).
    expect(verdict(BREACH, 'Hackers took the data of 78.8 million people in the attack.', '78.8 million people')).toBeNull();
    expect(isRoundingOf(1e8, 7.88e7, true)).toBe(false);
    expect(isRoundingOf(2000, 1700, true)).toBe(false);
  });
  it('keeps two significant digits for a plain rounding', () => {
    expect(isRoundingOf(50000, 47498, false)).toBe(false);
    expect(isRoundingOf(1200, 1210, false)).toBe(true);
  });
  it('takes a coarse figure for another estimate of a figure the store itself gives as one', () => {
    const quake = storedFacts('2025-04-03', 'The quake killed about 2,780 people in Mandalay, officials said.');
    expect(verdict(quake, 'The quake killed about 3,000 people in Mandalay.', 'about 3,000 people')?.[0]).toBe('differs');
    // Two digits still round it.
    expect(verdict(quake, 'The quake killed about 2,800 people in Mandalay.', 'about 2,800 people')).toEqual(['agrees', 'rounds 2,780']);
  });
});

describe('a stored bound', () => {
  // Every sentence is written for this test.
  const DEAD = storedFacts('2025-02-01', 'The storm killed more than 120 people in the province, officials said.');
  it('is no rounding of a figure on its wrong side ("more than 120 people" is not 118)', () => {
    expect(verdict(DEAD, 'The storm killed 118 people in the province.', '118 people')).toEqual(['differs', 'stored figure is more than 120']);
  });
  it('still agrees with a figure on its side ("more than 120 people" allows 125)', () => {
    expect(verdict(DEAD, 'The storm killed 125 people in the province.', '125 people')).toEqual(['agrees', '125 is more than stored 120']);
  });
});
