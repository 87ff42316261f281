// Not speed goals (npm run bench has those): 4× the page must take about 4× the work, not
// 16× (quadratic), and a longer quote that is gone no more work. Counted
// (tests/support/work-count.ts, imported before the code), not timed.
import { describe, expect, it } from 'vitest';
import { workGrowth } from '../../tests/support/work-count';
import { anchor, describeSpan } from './anchoring';

const PAGE = 'Prime Minister Benjamin Netanyahu is expected in Washington on Tuesday for talks with President Donald Trump. Finance Minister Bezalel Smotrich threatened to quit the government if the war does not resume.';
const QUOTE = 'threatened to quit the government';
const s = PAGE.indexOf(QUOTE);
const e = s + QUOTE.length;
const filler = (n: number): string => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(n);
const edit = (t: string): string => t.replace('threatened to quit', 'threatened again to quit');

describe('anchor: work', () => {
  it('re-anchors an edited quote near its old place in work that grows no faster than the page', () => {
    const at = (n: number): [string, ReturnType<typeof describeSpan>] => {
      const big = filler(n) + PAGE;
      return [edit(big), describeSpan(big, big.length - PAGE.length + s, big.length - PAGE.length + e)];
    };
    const [small, smallSel] = at(300);
    const [large, largeSel] = at(1200);
    expect(anchor(large, largeSel)?.method).toBe('fuzzy');
    expect(workGrowth((t: string) => anchor(t, t === large ? largeSel : smallSel), small, large)).toBeLessThan(6);
  }, 60_000); // a hang guard only: counting makes the code run slower than it does

  it('scans a whole page for an edited quote with no position in work linear in its length', () => {
    const [quote] = describeSpan(PAGE, s, e);
    const small = edit(filler(300) + PAGE);
    const large = edit(filler(1200) + PAGE);
    const got = anchor(large, [quote]);
    expect(got?.method).toBe('fuzzy');
    expect(large.slice(got!.start, got!.end)).toContain('to quit the government');
    expect(workGrowth((t: string) => anchor(t, [quote]), small, large)).toBeLessThan(6);
  }, 60_000);

  it('gives up on a long quote that is gone in work that does not grow with the quote', () => {
    // Before the quote's ends were searched alone, 8× the quote cost about 8× the time:
    // 22 s of the page's thread for a 10,000-character note.
    const page = filler(500);
    const quoteOf = (n: number): string => 'Negotiators met in Doha on Monday to discuss the second phase. '.repeat(n);
    const find = (q: string): unknown => anchor(page, [{ type: 'TextQuoteSelector', exact: q }, { type: 'TextPositionSelector', start: 10_000, end: 10_000 + q.length }]);
    expect(find(quoteOf(64))).toBeNull();
    expect(workGrowth(find, quoteOf(8), quoteOf(64))).toBeLessThan(3);
  }, 60_000);
});
