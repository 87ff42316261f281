// compareFigure sets one page figure against every stored fact. What it reads of the page's
// sentence must be read once per figure, not once per fact: on a long sentence, a store 8×
// larger must add little work (the per-fact comparison only), not 8× (every fact re-reading
// the sentence: 6× before figure-reading-kinds.ts, 1.5× since). Counted
// (tests/support/work-count.ts, imported before the code), not timed.
import { describe, expect, it } from 'vitest';
import { workGrowth } from '../../tests/support/work-count';
import { figureIn, repeatedFacts } from '../../tests/support/stored-figures';
import { compareFigure } from './facts';

/** A store of n facts of one measure, and a long page sentence holding a figure of it. */
function setting(n: number) {
  const facts = repeatedFacts(n, '2024-11-06', 'Aid agencies said 100 trucks of aid crossed into the enclave on Monday');
  const sentence = `Aid agencies said 100 trucks of aid crossed into the enclave${', as convoys waited at the crossing near the border town'.repeat(32)}.`;
  return { facts, sentence, q: figureIn(sentence, '100 trucks') };
}

describe('compareFigure: work', () => {
  it("reads the page's sentence once, however many facts it is set against", () => {
    const [small, large] = [setting(4), setting(32)];
    // Every fact reaches the per-fact comparison: the guard would hold of a loop that skips them.
    expect(compareFigure(large.facts, large.q, large.sentence)).toHaveLength(32);
    expect(workGrowth((s: typeof small) => compareFigure(s.facts, s.q, s.sentence), small, large)).toBeLessThan(3);
  }, 60_000); // a hang guard only: counting makes the code run slower than it does
});
