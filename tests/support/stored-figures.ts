// Figures compared through the whole chain, for the core's figure tests: stored paragraphs
// are parsed and measured as at ingest, the page figure is found as the page reader finds it.
import { compareFigure, extractFacts } from '../../src/core/facts';
import { findQuantities } from '../../src/core/quantities';
import type { Article, Fact } from '../../src/core/types';

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
