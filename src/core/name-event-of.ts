// "the Head of the Potomac regatta", "the Tour of the Alps race": a name built as "X of the
// Y" that a competition noun follows is one event's name, though "X" is no head word that
// takes "of" ("Bank of", "Battle of"). Split from name-runs.ts.

import { PLAIN_WORD, SPACED_GAP, type Piece } from './name-pieces';
import type { Token } from './types';

/** The lower-case nouns that say the name before them is a competition's. */
const COMPETITION_AFTER = /^[ \t\u00a0]+(?:regatta|race|marathon|festival|tournament|championship|rally)\b/;
const THE_BEFORE = /\bthe[ \t\u00a0]+$/;

/** Whether the "of" at `tokens[index]` joins `current` to the name after it: `current` is one
 *  plain word after a lower-case "the", "of the" follows, then one to three plain capitalised
 *  words and a competition noun. "Supporters of the Bulls rally" has no "the" before it;
 *  "the Head of the river" no capital after "the". */
export function eventNameOf(current: Piece[], tokens: Token[], index: number, text: string): boolean {
  const first = current[0];
  if (current.length !== 1 || first === undefined || !PLAIN_WORD.test(first.text) || first.closes) return false;
  if (!THE_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return false;
  const of = tokens[index];
  const the = tokens[index + 1];
  if (!of || the?.text !== 'the' || !SPACED_GAP.test(text.slice(of.end, the.start))) return false;
  let end = the.end;
  for (let k = index + 2; k < index + 5; k++) {
    const word = tokens[k];
    if (!word || !PLAIN_WORD.test(word.text) || !SPACED_GAP.test(text.slice(end, word.start))) return false;
    end = word.end;
    if (COMPETITION_AFTER.test(text.slice(end, end + 20))) return true;
  }
  return false;
}
