import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'Kaseya said only 40% of the $258 million that Africa CDC and the WHO appealed for in September had been received.';

describe("a plan's cost", () => {
  it('is the sum a plan, appeal or programme is costed or budgeted at', () => {
    expect(measure('The joint plan of the WHO and Africa CDC, costed at $258 million, has been hit by cuts.', '$258 million')).toContain('plan-cost');
    expect(measure('The response plan is budgeted at about $40 million.', 'about $40 million')).toContain('plan-cost');
    // Near case: what a storm cost, or money spent, is no plan's cost.
    expect(measure('The storm cost the region $258 million.', '$258 million')).not.toContain('plan-cost');
    expect(measure('The agency spent $258 million on the plan.', '$258 million')).not.toContain('plan-cost');
  });
  it('is what an appeal for the plan asks: the same sum agrees, another differs', () => {
    const stored = storedFacts('2025-06-12', STORED);
    expect(verdict(stored, 'The joint plan of the WHO and Africa CDC, costed at $258 million, has been hit by cuts.', '$258 million')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The joint plan of the WHO and Africa CDC, costed at $300 million, has been hit by cuts.', '$300 million')?.[0]).toBe('differs');
  });
  it('is no cost of something else', () => {
    const stored = storedFacts('2025-06-12', STORED);
    expect(verdict(stored, 'The outbreak has cost the health system $258 million.', '$258 million')).toBeNull();
  });
});
