// "the Church of England of Nigerian descent", "a Bank of England economist of Irish origin":
// a people's word after "of" with a lower-case noun right after it ("Nigerian descent",
// "Italian heritage") is an adjective of that noun, a phrase about someone, so the "of" does
// not go on naming the body before it ("Church of England") as it would for "of Latter-day
// Saints" or "of Fine Arts". Used by name-runs.ts.

import { SPACED_GAP, type PieceInput } from './name-pieces';
import type { Token } from './types';

const LOWER_WORD = /^\p{Ll}+$/u;

/** Whether the "of" at `index` is followed by a demonym (a non-name) and a lower-case noun. */
export function demonymNounAfterOf(tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  const of = tokens[index];
  const people = tokens[index + 1];
  const noun = tokens[index + 2];
  if (!of || !people || !noun || !input.isNonName(people.text) || !LOWER_WORD.test(noun.text)) return false;
  return SPACED_GAP.test(text.slice(of.end, people.start)) && SPACED_GAP.test(text.slice(people.end, noun.start));
}
