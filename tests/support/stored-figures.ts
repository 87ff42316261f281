// Figures compared through the whole chain, for the core's figure tests: stored paragraphs
// are parsed and measured as at ingest, the page figure is found as the page reader finds it.
import { compareFigure, extractFacts, measureOf } from '../../src/core/facts';
import { findQuantities } from '../../src/core/quantities';
import type { Article, Fact, Quantity } from '../../src/core/types';

/** The facts of one stored article of `date` made of `paragraphs`. */
export function storedFacts(date: string, ...paragraphs: string[]): Fact[] {
  const article: Article = { id: 'a1', title: 't', source: 's', url: null, date, language: 'en', paragraphs };
  return extractFacts(article);
}

/** [verdict, reason] of the best comparison of the figure `text` in `sentence` (after the
 *  sentence `before`; `earlier`, the text before it in its paragraph), or null. */
export function verdict(facts: readonly Fact[], sentence: string, text: string, before = '', earlier = before): [string, string] | null {
  const q = findQuantities(sentence).find((f) => f.text === text);
  if (!q) throw new Error(`"${text}" is not a quantity of "${sentence}"`);
  const [best] = compareFigure(facts, q, sentence, before, earlier);
  return best ? [best.verdict, best.reason] : null;
}

/** The quantity `text` found in `sentence`. */
export function figureIn(sentence: string, text: string): Quantity {
  const q = findQuantities(sentence).find((f) => f.text === text);
  if (!q) throw new Error(`"${text}" not found in "${sentence}"`);
  return q;
}

/** What the figure `text` in `sentence` measures. */
export function measureIn(sentence: string, text: string): string[] {
  return measureOf(sentence, figureIn(sentence, text));
}

/** A stored fact made straight from one sentence (dated 2025-04-23), not through ingest. */
export function sentenceFact(sentence: string, text: string): Fact {
  const q = figureIn(sentence, text);
  return { id: text, quantity: q, where: { articleId: 'a', sentence, start: q.start, end: q.end }, measure: measureOf(sentence, q), date: '2025-04-23' };
}

/** The verdict alone of the figure `text` in `sentence` against one stored fact, or null. */
export function verdictOn(stored: Fact, sentence: string, text: string): string | null {
  return compareFigure([stored], figureIn(sentence, text), sentence)[0]?.verdict ?? null;
}

/** A store of `n` facts of one article of `date`: the clause `clause` in `n` paragraphs of
 *  its own, told apart by "(i)" before the stop (the `-work` tests grow a store with it). */
export function repeatedFacts(n: number, date: string, clause: string): Fact[] {
  return storedFacts(date, ...Array.from({ length: n }, (_, i) => `${clause} (${i}).`));
}
