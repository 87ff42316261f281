import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { pageReadingKind, sameKindOfReading, storedReadingKind } from './figure-reading-kinds';
import { findQuantities } from './quantities';

/** The page's and the store's reading of the figure `text` of `sentence`. */
function both(sentence: string, text: string) {
  const found = findQuantities(sentence);
  const q = found.find((f) => f.text === text);
  const fact = extractFacts({ id: 'a', title: 't', source: 's', url: null, date: '2024-01-01', language: 'en', paragraphs: [sentence] }).find((f) => f.quantity.text === text);
  if (!q || !fact) throw new Error(`no figure ${text}`);
  return { page: pageReadingKind(sentence, q, found), stored: storedReadingKind(fact) };
}

describe('figure reading kinds', () => {
  it('reads a figure alike on a page and in a stored article', () => {
    for (const [sentence, text] of [
      ['Shares rose 0.6% on Monday.', '0.6%'],
      ['Shares fell 1% on Monday.', '1%'],
      ['Google was fined €8 billion in four cases.', '€8 billion'],
      ['The agency released another $6 million on Friday.', '$6 million'],
      ['Norway has won 16 medals so far.', '16 medals'],
    ] as const) {
      const { page, stored } = both(sentence, text);
      expect(page, sentence).toEqual(stored);
      if (text === '16 medals') expect(page.tally).toBe(true);
    }
  });

  it('keeps a rise from a fall, a total from one of its parts, an addition from a whole', () => {
    const kind = (sentence: string, text: string) => both(sentence, text).page;
    expect(sameKindOfReading(kind('Shares rose 1% on Monday.', '1%'), kind('Shares fell 1% on Monday.', '1%'))).toBe(false);
    expect(sameKindOfReading(kind('Shares rose 1% on Monday.', '1%'), kind('Shares rose 1% on Tuesday.', '1%'))).toBe(true);
    expect(sameKindOfReading(kind('Google was fined €8 billion in four cases.', '€8 billion'), kind('Google was fined €8 billion.', '€8 billion'))).toBe(false);
    expect(sameKindOfReading(kind('The agency released another $6 million.', '$6 million'), kind('The agency released $6 million.', '$6 million'))).toBe(false);
  });
});
