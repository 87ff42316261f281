import { describe, expect, it } from 'vitest';
import { anchor, approximateMatches, describeSpan } from './anchoring';

const PAGE = [
  'JERUSALEM (Wire) — Israel and Hamas began the second week of the Gaza cease-fire on Sunday,',
  'with 33 hostages due to be freed in the first phase in exchange for hundreds of Palestinian prisoners.',
  'Prime Minister Benjamin Netanyahu is expected in Washington on Tuesday for talks with President Donald Trump.',
  'Finance Minister Bezalel Smotrich threatened to quit the government if the war does not resume.',
].join(' ');

function spanOf(text: string, quote: string): [number, number] {
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`not in text: ${quote}`);
  return [at, at + quote.length];
}

describe('describeSpan', () => {
  it('records the exact text, up to 32 characters either side, and the offsets', () => {
    const [s, e] = spanOf(PAGE, 'Benjamin Netanyahu');
    const [quote, position] = describeSpan(PAGE, s, e);
    expect(quote.exact).toBe('Benjamin Netanyahu');
    expect(quote.prefix).toBe(PAGE.slice(s - 32, s));
    expect(quote.suffix).toBe(PAGE.slice(e, e + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start: s, end: e });
  });
  it('clips the context at the text edges', () => {
    const [quote] = describeSpan('Hamas said', 0, 5);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Hamas', prefix: '', suffix: ' said' });
  });
  it('rejects an empty or out-of-range span', () => {
    expect(() => describeSpan(PAGE, 5, 5)).toThrow(RangeError);
    expect(() => describeSpan(PAGE, 0, PAGE.length + 1)).toThrow(RangeError);
  });
});

describe('anchor', () => {
  const [s, e] = spanOf(PAGE, 'threatened to quit the government');
  const selectors = describeSpan(PAGE, s, e);

  it('uses the position when the text there is unchanged', () => {
    expect(anchor(PAGE, selectors)).toEqual({ start: s, end: e, method: 'position' });
  });

  it('finds the exact quote after text was inserted before it', () => {
    const edited = 'UPDATED 10:30 GMT. ' + PAGE;
    const got = anchor(edited, selectors);
    expect(got?.method).toBe('quote');
    expect(edited.slice(got!.start, got!.end)).toBe('threatened to quit the government');
  });

  it('tells copies of the quote apart by prefix and suffix', () => {
    const text = 'Hamas said the deal holds. Later, Israel said the deal holds. Then Qatar said the deal holds too.';
    const [qs, qe] = spanOf(text, 'Israel said the deal holds');
    const [quote] = describeSpan(text, qs + 'Israel '.length, qe);
    // Drop the position: only the context can tell which "said the deal holds" is meant.
    const shifted = 'Overnight: ' + text;
    const got = anchor(shifted, [quote]);
    expect(got?.method).toBe('quote');
    expect(got!.start).toBe('Overnight: '.length + qs + 'Israel '.length);
  });

  it('matches approximately when the quoted words themselves were edited', () => {
    const edited = 'Overnight update. ' + PAGE.replace('threatened to quit the government', 'threatened to leave the government');
    const got = anchor(edited, selectors);
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toMatch(/threatened to leave the government/);
  });

  it('finds a fuzzy match far from the old position', () => {
    const filler = 'Unrelated paragraph about weather and markets. '.repeat(200);
    const edited = filler + PAGE.replace('the government', 'the coalition government');
    const got = anchor(edited, selectors);
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toContain('threatened to quit the');
  });

  it('survives whitespace re-flow inside a long quote', () => {
    const [a] = spanOf(PAGE, 'with 33 hostages');
    const [, b] = spanOf(PAGE, 'Palestinian prisoners.');
    const sel = describeSpan(PAGE, a, b);
    const edited = 'Breaking: ' + PAGE.replace('due to be freed in the first', 'due to be\n  freed in the\tfirst');
    const got = anchor(edited, sel);
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toMatch(/^with 33 hostages[\s\S]*Palestinian prisoners\.$/);
  });

  it('keeps a long quote through several small edits (a corrected figure, a rewording)', () => {
    const [a] = spanOf(PAGE, 'with 33 hostages');
    const [, b] = spanOf(PAGE, 'Donald Trump.');
    const sel = describeSpan(PAGE, a, b);
    const edited = PAGE.replace('33 hostages', '34 hostages').replace('hundreds of', 'about 1,900').replace('on Tuesday', 'on Monday');
    const got = anchor(edited, sel);
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toMatch(/^with 34 hostages.*Donald Trump\.$/);
  });

  it('takes the whole edited words, where the surroundings say so', () => {
    // "the governin" for "the coalition" is one edit fewer than inserting "governing ", but
    // the text after it no longer fits.
    const before = 'Finance Minister Bezalel Smotrich repeated his threat to bring down the coalition if fighting does not resume.';
    const [qa, qb] = spanOf(before, 'repeated his threat to bring down the coalition');
    const edited = before.replace('the coalition', 'the governing coalition');
    const got = anchor(edited, describeSpan(before, qa, qb));
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toBe('repeated his threat to bring down the governing coalition');
  });

  it('finds a long quote by its ends when its middle was reworded', () => {
    const [a] = spanOf(PAGE, 'with 33 hostages');
    const [, b] = spanOf(PAGE, 'Donald Trump.');
    const sel = describeSpan(PAGE, a, b);
    const edited = 'Update: ' + PAGE.replace('Prime Minister Benjamin Netanyahu is expected', 'Benjamin Netanyahu, the prime minister, is due');
    const got = anchor(edited, sel);
    expect(got?.method).toBe('fuzzy');
    expect(edited.slice(got!.start, got!.end)).toMatch(/^with 33 hostages.*Donald Trump\.$/);
  });

  it('returns null when the quote is gone', () => {
    const edited = PAGE.replace('Finance Minister Bezalel Smotrich threatened to quit the government if the war does not resume.', 'The market closed higher.');
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('returns null below the similarity threshold rather than a poor guess', () => {
    const edited = PAGE.replace('threatened to quit the government', 'said he would stay in cabinet');
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('does not fuzz very short quotes', () => {
    const [a, b] = spanOf(PAGE, 'Sunday');
    const sel = describeSpan(PAGE, a, b);
    expect(anchor(PAGE.replace('Sunday', 'Monday'), sel)).toBeNull();
  });

  it('falls back from a stale position to the quote', () => {
    const stale = [selectors[0], { type: 'TextPositionSelector' as const, start: 0, end: 10 }];
    expect(anchor(PAGE, stale)).toEqual({ start: s, end: e, method: 'quote' });
  });

  it('accepts a lone in-range position selector and rejects an out-of-range one', () => {
    expect(anchor(PAGE, [{ type: 'TextPositionSelector', start: 3, end: 9 }])).toEqual({ start: 3, end: 9, method: 'position' });
    expect(anchor('short', [{ type: 'TextPositionSelector', start: 3, end: 90 }])).toBeNull();
  });
});

describe('approximateMatches', () => {
  it('reports the start and the edit count of the best match', () => {
    expect(approximateMatches('the cease-fire holds', 'ceasefire', 2)).toEqual([{ start: 4, end: 14, edits: 1 }]);
  });
  it('finds nothing when every match needs more edits than allowed', () => {
    expect(approximateMatches('the truce holds', 'ceasefire', 2)).toEqual([]);
  });
  it('reports separate matches separately', () => {
    const found = approximateMatches('hostage ... hostages ... hostge', 'hostage', 1);
    expect(found.map((c) => c.edits)).toEqual([0, 0, 1]);
  });
});
