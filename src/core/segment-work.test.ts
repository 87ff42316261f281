// Not a speed goal (npm run bench has those): 4× the page must take about 4× the work, not
// 16× (quadratic). Counted (tests/support/work-count.ts, imported before the code), not timed.
import { describe, expect, it } from 'vitest';
import { workGrowth } from '../../tests/support/work-count';
import { splitSentences, tokenize } from './segment';

describe('segment: work', () => {
  it("splits sentences and tokens in work linear in the page's length", () => {
    const sentence = 'Israeli Prime Minister Benjamin Netanyahu met U.S. President Donald Trump on Feb. 4. ';
    const page = sentence.repeat(250);
    expect(splitSentences(page)).toHaveLength(250);
    const both = (t: string): number => splitSentences(t).length + tokenize(t).length;
    expect(workGrowth(both, page, sentence.repeat(1000))).toBeLessThan(6);
  }, 60_000); // a hang guard only: counting makes the code run slower than it does
});
