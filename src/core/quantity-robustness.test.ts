// findQuantities on any input: spans sorted, not overlapping and equal to their text on
// random number-ish text, and time linear in the input's length.
import { describe, expect, it } from 'vitest';
import { growth } from '../../tests/support/growth';
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
  it('stays linear on long runs of digits, dashes and number words', () => {
    // 8× the input must cost about 8× the time, not 64×; measured in one run, not by the clock
    // (4×, with the line at 9×, failed at 12× on a machine with load 9: garbage collection;
    // 8× with the line at 22× failed under seven parallel test runs: the line is now half of 64×).
    const units = ['1,', '1-', 'one ', 'at least ', '99'];
    for (const unit of units) {
      expect(growth(findQuantities, unit.repeat(5000), unit.repeat(40000), 32), unit).toBeLessThan(32);
    }
  }, 60_000);
});
