// "the Rock and Roll Hall of Fame", "the Hollywood Walk of Fame": a hall of fame is one
// body's name, its "of" and an "and" before it included, though "Hall" takes no "of"
// elsewhere ("the Carnegie Hall of the city" ends at Hall) and "Rock" alone is a town.
// Read by name-runs (the "of") and name-conjuncts (the "and").

import type { Piece } from './name-pieces';
import type { Token } from './types';

const HALLS = new Set(['Hall', 'Walk']);
const HONOURS = new Set(['Fame', 'Honor', 'Honour']);

/** Whether the "of" at `tokens[index]` goes on after `prevWord` to name a hall of fame. */
export function hallOfFameOf(prevWord: string, tokens: readonly Token[], index: number): boolean {
  return HALLS.has(prevWord) && HONOURS.has(tokens[index + 1]?.text ?? '');
}

/** Whether `right` (the words after an "and") is one or two words and a hall of fame's
 *  "Hall of Fame": "the Rock and [Roll Hall of Fame]". */
export function hallOfFameAfterAnd(right: readonly Piece[]): boolean {
  const n = right.length;
  if (n < 4 || n > 5 || right.slice(0, n - 3).some((p) => p.connector)) return false;
  return HALLS.has(right[n - 3]?.text ?? '') && right[n - 2]?.text === 'of' && HONOURS.has(right[n - 1]?.text ?? '');
}

/** Whether a name's words end in "Hall of Fame" (or "of Honor"): a body that inducts people,
 *  an org, whatever a place's word in it ("Rock", a town) or "into the" before it votes. A
 *  walk of fame is a pavement, a place, and left to the votes. */
export function hallOfFameName(words: readonly string[]): boolean {
  const n = words.length;
  return n >= 3 && words[n - 3] === 'Hall' && words[n - 2] === 'of' && HONOURS.has(words[n - 1] ?? '');
}
