import { describe, expect, it } from 'vitest';
import { type Extent, marksInBand } from './visible-window';

/** Marks 20 px tall, one per line, in reading order down the page, scrolled by `scroll`. */
function lines(count: number, scroll = 0, hidden: ReadonlySet<number> = new Set()): { extent: (i: number) => Extent; reads: () => number } {
  let reads = 0;
  return {
    extent: (i) => {
      reads++;
      return hidden.has(i) ? null : { top: i * 20 - scroll, bottom: i * 20 + 20 - scroll };
    },
    reads: () => reads,
  };
}

describe('marksInBand', () => {
  it('finds the marks meeting the band', () => {
    const { extent } = lines(1000, 2000);
    // Viewport 0..400 after scrolling 2000 px: lines 99..120, edges touching included.
    expect(marksInBand(1000, extent, 0, 400, 5000)).toEqual([99, 121]);
  });

  it('reads only a logarithmic number of boxes', () => {
    const page = lines(100_000, 500_000);
    marksInBand(100_000, page.extent, -900, 1800, 5000);
    expect(page.reads()).toBeLessThan(60);
  });

  it('places hidden marks with the next shown one', () => {
    const hidden = new Set([99, 100, 101]);
    const { extent } = lines(1000, 2000, hidden);
    const [from, to] = marksInBand(1000, extent, 0, 400, 5000);
    expect(from).toBeLessThanOrEqual(100);
    expect(to).toBe(121);
  });

  it('caps the band', () => {
    const { extent } = lines(1000, 0);
    expect(marksInBand(1000, extent, -100_000, 100_000, 50)).toEqual([0, 50]);
  });

  it('is empty when every mark is above or below the band', () => {
    expect(marksInBand(10, lines(10, 5000).extent, 0, 400, 100)).toEqual([10, 10]);
    expect(marksInBand(10, lines(10, -5000).extent, 0, 400, 100)).toEqual([0, 0]);
    expect(marksInBand(0, lines(0).extent, 0, 400, 100)).toEqual([0, 0]);
  });
});
