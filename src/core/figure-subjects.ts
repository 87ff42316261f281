// What a sum is over: "a €4.1 billion fine … over its mobile operating system" is the fine
// stored as "€4.34 billion in 2018 over its mobile operating system", not the one "over its
// shopping comparison service" nor the newest fine of all. Two sums that each say what they
// are over, in no word alike, are different sums; words alike make one the likelier match.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** Marks a word of what a sum is over, in its measure word list; no text yields it. */
export const SUBJECT_MARK = 'over:';

// "over its mobile operating system", up to the phrase's end.
const OVER = new RegExp(String.raw`(?<![\p{L}-])over${S}((?:[\p{L}'’-]+${S_OPT}){1,6})`, 'u');
const SKIP = new Set(['its', 'the', 'a', 'an', 'their', 'his', 'her', 'of']);
const ENDS = new Set(['in', 'on', 'for', 'at', 'by', 'to', 'from', 'with', 'and', 'or', 'but', 'after', 'before', 'which', 'that', 'when', 'while', 'as', 'last', 'this', 'next']);

/** Subject marks for a sum whose clause goes on with `after` (the text after the figure). */
export function subjectMarks(after: string): string[] {
  const m = OVER.exec(after);
  if (!m) return [];
  const out: string[] = [];
  for (const word of (m[1] as string).trim().split(/[^\S\n]+/)) {
    // A name is not what a sum is over ("over Google"), and where the phrase ends it stops.
    if (ENDS.has(word) || /^\p{Lu}/u.test(word)) break;
    if (!SKIP.has(word)) out.push(`${SUBJECT_MARK}${word.replace(/['’]s?$/, '')}`);
  }
  return out;
}

/** Whether what two sums are over rules them apart: both say, in no word alike. */
export function subjectsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
