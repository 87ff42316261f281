// A legislature's committee named by its fields: "the House Energy and Commerce Committee",
// "the Senate Health, Education, Labor and Pensions Committee". Its "and" and commas list the
// committee's fields, not several names, where a run of names otherwise splits at them. Two
// signs must agree: the name opens with a chamber's word and ends in a committee's head, with
// only plain capitalised words between ("Senate Republicans and House Democrats" ends in no
// head; "the Energy Department and Commerce Committee" opens with no chamber). Used by
// name-runs.ts (while a run grows) and name-conjuncts.ts (when it is split at "and").

import { walkNameList } from './name-list-walk';
import { PLAIN_WORD, type Piece } from './name-pieces';
import type { Token } from './types';

/** Words that name a legislature's chamber, or say a body belongs to one. */
const CHAMBERS = new Set(['House', 'Senate', 'Congressional', 'Assembly', 'Commons', 'Lords', 'Parliamentary', 'Legislative']);
/** The heads of a chamber's working bodies (singular: "the House and Senate Intelligence
 *  Committees" are two). */
const COMMITTEE_HEADS = new Set(['Committee', 'Subcommittee', 'Caucus', 'Panel']);
// Fields listed before the head, at most: a longer run is prose, not a name.
const MAX_WORDS = 10;

/** Whether `words` (a leading "The" left out) are a chamber's committee named by its fields:
 *  a chamber word, at least one field word, "and" (with commas before it, not after), at
 *  least one more field word, and a committee's head last. */
export function isChamberCommittee(words: string[]): boolean {
  const and = words.indexOf('and');
  const last = words.length - 1;
  if (!CHAMBERS.has(words[0] ?? '') || and < 2 || and > last - 2 || words.length > MAX_WORDS + 2) return false;
  if (!COMMITTEE_HEADS.has(words[last] ?? '')) return false;
  return words.slice(1, last).every((w, i) => i + 1 === and || (PLAIN_WORD.test(w) && !CHAMBERS.has(w) && !COMMITTEE_HEADS.has(w)));
}

/** The index of the committee's head when the token at `index` (an "and" or a word after a
 *  comma) goes on the chamber's committee that `current` opens; -1 when it does not. */
export function chamberListEnd(current: Piece[], tokens: Token[], index: number, text: string): number {
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  if (words.length < 2 || words.some((p) => p.connector || p.closes || p.softClose)) return -1;
  const listed = words.map((p) => p.text);
  return walkNameList(tokens, index, text, words[words.length - 1]!.end, ({ token, at }) => {
    if (listed.length > MAX_WORDS + 2) return -1;
    listed.push(token.text);
    return COMMITTEE_HEADS.has(token.text) ? (isChamberCommittee(listed) ? at : -1) : undefined;
  });
}

/** "the House and Senate": two chambers with nothing else listed are two bodies. */
export function chambersListed(left: Piece[], right: Piece[]): boolean {
  const words = left[0]?.text === 'The' ? left.slice(1) : left;
  return words.length === 1 && CHAMBERS.has(words[0]?.text ?? '') && right.length === 1 && CHAMBERS.has(right[0]?.text ?? '');
}

/** Whether a run holds a chamber's committee named by its fields up to its head: "House
 *  Energy and Commerce Subcommittee on Health" holds "House Energy and Commerce Subcommittee". */
export function holdsChamberCommittee(run: Piece[]): boolean {
  const words = (run[0]?.text === 'The' ? run.slice(1) : run).map((p) => p.text);
  const head = words.findIndex((w) => COMMITTEE_HEADS.has(w));
  return head > 0 && isChamberCommittee(words.slice(0, head + 1));
}
