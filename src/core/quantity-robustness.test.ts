// findQuantities on any input: spans sorted, not overlapping and equal to their text on
// random number-ish text (the work linear in the input's length: quantity-work.test.ts).
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

describe('robustness', () => {
  // Deterministic pseudo-random text from number-ish pieces: the invariants must hold on any input.
  const pieces = ['1', '2,000', '3.5', ' ', '-', '–', '%', '$', '€', 'bn', 'm', 'Oct.', 'October', '7', ',', '2023',
    'at least', 'one', 'two', 'forty-two', 'of', 'days', 'hostages', 'a.m.', ':', '30', 'th', 'F', 'COVID', '/', '\u00a0', '\n', 'between', 'and', 'to', 'in'];
  it('keeps spans sorted, non-overlapping and equal to their text on random input', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += pieces[rand(pieces.length)]! + (rand(3) === 0 ? ' ' : '');
      const found = findQuantities(text);
      let last = 0;
      for (const q of found) {
        expect(q.start).toBeGreaterThanOrEqual(last);
        expect(q.end).toBeGreaterThan(q.start);
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(q.kind === 'date').toBe(q.form === 'date' || q.form === 'year' || q.form === 'time');
        last = q.end;
      }
    }
  });

  it('finishes on runs of 5,000 digits, dashes and number words: no regex backtracks without end', () => {
    // A hang guard, not a speed goal: the work is counted in quantity-work.test.ts, but not a
    // regex going back over the run it matched; gone exponential, that never ends here.
    for (const unit of ['1,', '1-', 'one ', 'at least ', '99']) expect(() => findQuantities(unit.repeat(5000)), unit).not.toThrow();
  }, 60_000);
});
