import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('a count said as one of several', () => {
  it('is not restated by a total of the same value', () => {
    const wave = storedFacts('2024-05-02', 'The first wave of layoffs cut 300 jobs at the plant.');
    expect(verdict(wave, 'The company has cut 300 jobs in total at the plant over three rounds.', '300 jobs')).toBeNull();
    const each = storedFacts('2024-05-02', 'Each of the schools received 200 laptops.');
    expect(verdict(each, 'The district handed out 200 laptops in all.', '200 laptops')).toBeNull();
  });
  it('leaves a total that restates a count said as no part', () => {
    const arrests = storedFacts('2024-05-02', 'Police arrested 14 people on Saturday.');
    expect(verdict(arrests, 'Police arrested 14 people in total over the weekend.', '14 people')?.[0]).toBe('agrees');
    const barrels = storedFacts('2024-05-02', 'Of the 48,000 barrels recovered since the spill, only about a third had been treated.');
    expect(verdict(barrels, 'Crews recovered 48,000 barrels in all, the company said.', '48,000 barrels')?.[0]).toBe('agrees');
  });
});
