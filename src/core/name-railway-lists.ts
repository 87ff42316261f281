// A railway named for the places it joins: "the Atchison, Topeka and Santa Fe Railway", "the
// Chicago, Burlington and Quincy Railroad". Its commas and "and" list the termini inside one
// name, where a run of names otherwise ends at a comma and splits at "and" (so "Atchison"
// and "Topeka" came out bodies of their own). Every sign must agree: "the" before the first
// place, short items of plain capitalised words, one "and" before the last, and a railway's
// head last. Used by name-runs.ts (while a run grows) and name-conjuncts.ts (at its "and").

import { walkNameList } from './name-list-walk';
import { COMMA_GAP, PLAIN_WORD, type Piece, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

const RAILWAY_HEADS = new Set(['Railway', 'Railroad', 'Railways', 'Railroads']);
// "the" written before the list's first place.
const THE_BEFORE = /(?:^|\s)the[ \t\u00a0]+$/;
// Words of one place ("Santa Fe", "Des Moines"), places listed, and all the words at most.
const MAX_ITEM_WORDS = 3;
const MAX_ITEMS = 6;

const plain = (w: string): boolean => PLAIN_WORD.test(w) && !RAILWAY_HEADS.has(w);
// A capitalised word right after the head names something else of its places ("the Paris,
// London and Berlin Railway Museum", "… Railroad Bridge"): no railway's list then, where
// splitting at "and" would leave a run of two places ("Atchison, Topeka") as one name.
const namedOn = (tokens: readonly Token[], head: number, text: string): boolean => {
  const next = tokens[head + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text) && SPACED_GAP.test(text.slice(tokens[head]!.end, next.start));
};

/** Whether `words` (a leading "The" left out) are a railway named by its places: items of one
 *  to three plain capitalised words, the last joined by "and", then a railway's head. */
export function isRailwayList(words: readonly string[]): boolean {
  const last = words.length - 1;
  const and = words.indexOf('and');
  if (!RAILWAY_HEADS.has(words[last] ?? '') || and < 1 || and > last - 2) return false;
  return words.slice(0, last).every((w, i) => i === and || plain(w));
}

/** The index of the railway's head when the token at `index`, after a comma, goes on the
 *  list of places that `current` opens; -1 when it does not. */
export function railwayListEnd(current: readonly Piece[], tokens: readonly Token[], index: number, text: string): number {
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  const first = words[0];
  if (!first || words.length > MAX_ITEM_WORDS || words.some((p) => p.connector || p.closes || p.softClose || !plain(p.text))) return -1;
  if (current[0]?.text !== 'The' && !THE_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start))) return -1;
  if (!COMMA_GAP.test(text.slice(words[words.length - 1]!.end, tokens[index]?.start ?? 0))) return -1;
  let items = 1;
  let itemWords = words.length;
  return walkNameList(tokens, index, text, words[words.length - 1]!.end, ({ token, at, comma, afterAnd }) => {
    if (token.text === 'and') {
      items++;
      itemWords = 0;
      return undefined;
    }
    if (RAILWAY_HEADS.has(token.text)) return afterAnd && itemWords > 0 && !comma && !namedOn(tokens, at, text) ? at : -1;
    if (!plain(token.text)) return -1;
    if (comma) {
      items++;
      itemWords = 0;
    }
    itemWords++;
    return items > MAX_ITEMS || itemWords > MAX_ITEM_WORDS ? -1 : undefined;
  });
}

/** Whether a complete run is a railway named by its places (splitAtAnd keeps it whole). */
export function holdsRailwayList(run: readonly Piece[]): boolean {
  return isRailwayList((run[0]?.text === 'The' ? run.slice(1) : run).map((p) => p.text));
}
