// "Pacific Gas and Electric", "Kansas City Power and Light", "Oklahoma Gas and Electric": a
// utility is named for the two things it sells, joined by "and" inside its name. Without
// "the" before it the run never took the "and" (name-conjuncts' mayTakeAnd), so "Pacific
// Gas" came out a person and "Electric" an org of its own. Used by name-runs.ts and
// name-conjuncts.ts.

import type { Piece } from './name-pieces';
import type { Token } from './types';

const SOLD = new Set(['Gas', 'Electric', 'Power', 'Light', 'Water', 'Steam']);
// "Pacific Gas and Electric Company": a firm's word may end the name.
const FIRM_ENDS = new Set(['Company', 'Co.', 'Corp.', 'Corporation']);

const isPair = (first: string | undefined, second: string | undefined): boolean =>
  first !== undefined && second !== undefined && first !== second && SOLD.has(first) && SOLD.has(second);

/** Whether the "and" at `index` joins a utility's two wares inside the run `current`, which
 *  names whose utility it is first ("Pacific Gas" before "and Electric"). */
export function utilityAnd(current: readonly Piece[], tokens: readonly Token[], index: number): boolean {
  const words = current.filter((p) => p.text !== 'The');
  if (words.length < 2 || words.some((p) => p.connector)) return false;
  return isPair(words[words.length - 1]?.text, tokens[index + 1]?.text);
}

/** Whether the two sides of an "and" are one utility's name ("Pacific Gas" and "Electric",
 *  "Electric Company"; "Mary Power and Light Smith" are two). */
export function utilityJoined(left: readonly Piece[], right: readonly Piece[]): boolean {
  const owner = left.filter((p) => p.text !== 'The');
  const tail = right[1]?.text;
  return owner.length >= 2 && (tail === undefined || (right.length === 2 && FIRM_ENDS.has(tail))) && isPair(owner[owner.length - 1]?.text, right[0]?.text);
}

/** Whether a name's words are a utility's ("Florida Power and Light"): an owner, then two
 *  wares joined by "and". Written with "&" it was a body's already (name-form). */
export const isUtilityName = (words: readonly string[]): boolean =>
  words.some((w, i) => w === 'and' && i >= 2 && isPair(words[i - 1], words[i + 1]));
