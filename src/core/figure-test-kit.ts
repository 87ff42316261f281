// What the figure rules' unit tests share: a page figure found by its text, and a stored fact
// made from a sentence of the test's own, measured as the knowledge index measures one.
import { compareFigure, extractFacts, measureOf } from './facts';
import { findQuantities } from './quantities';
import type { Fact, Quantity } from './types';

/** The figure written `text` in `sentence`; a test whose sentence lost it fails loudly. */
export function figureIn(sentence: string, text: string): Quantity {
  const q = findQuantities(sentence).find((f) => f.text === text);
  if (!q) throw new Error(`"${text}" is not found in "${sentence}"`);
  return q;
}

export interface StoredOptions {
  /** The sentence before, which some measures read. */
  before?: string;
  /** Measure words added to what the sentence gives. */
  measure?: string[];
  id?: string;
  date?: string;
}

/** The stored fact of the figure written `text` in `sentence`. */
export function storedFact(sentence: string, text: string, options: StoredOptions = {}): Fact {
  const { before = '', measure = [], id = text, date = '2024-03-01' } = options;
  const q = figureIn(sentence, text);
  return { id, quantity: q, where: { articleId: 'a1', sentence, start: q.start, end: q.end }, measure: [...measureOf(sentence, q, before), ...measure], date };
}

/** The verdict on the page's figure `pageText` in `page`, against the stored fact of
 *  `storedText` that `stored` (one stored article's paragraph) gives. */
export function verdictAgainst(stored: string, storedText: string, page: string, pageText: string): string | undefined {
  const facts = extractFacts({ id: 'a1', title: 'Test', source: 'test', url: null, date: '2024-03-01', language: 'en', paragraphs: [stored] });
  return compareFigure(facts.filter((f) => f.quantity.text === storedText), figureIn(page, pageText), page)[0]?.verdict;
}
