// findQuantities on long runs of digits, dashes and number words: 8× the input must take
// about 8× the work, not 64× (quadratic). Counted (tests/support/work-count.ts, imported
// before the code), not timed. What the count cannot see, one regex search backtracking over
// the run, has a hang guard in quantity-robustness.test.ts.
import { describe, expect, it } from 'vitest';
import { workGrowth } from '../../tests/support/work-count';
import { findQuantities } from './quantities';

const UNITS = ['1,', '1-', 'one ', 'at least ', '99'];

describe('findQuantities: work', () => {
  it('reads long runs of digits, dashes and number words in work linear in their length', () => {
    for (const unit of UNITS) expect(workGrowth(findQuantities, unit.repeat(250), unit.repeat(2000)), unit).toBeLessThan(12);
  }, 60_000); // a hang guard only: counting makes the code run slower than it does
});
