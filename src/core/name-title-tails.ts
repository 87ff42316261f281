// Words that follow a title's head and still belong to it: "Senate President Pro Tempore Joe
// Pittman", "Bishop Emeritus Mary Lane", "Governor Elect Tom Hale". Read as the person's
// given name, they made "Pro Tempore Joe Pittman" one person. Used by name-inner-titles.ts.

import { TITLE_HEADS } from './entity-cues';

// Latin and English tails written after the head itself; "Pro Tempore" (or "Pro Tem") is two.
const TAILS = new Set(['Emeritus', 'Emerita', 'Elect', 'Designate']);
const PRO_TAILS = new Set(['Tempore', 'Tem', 'Tem.']);

/** Whether `words[index]` goes on the title whose head stands before it. */
export function inTitleTail(words: readonly string[], index: number): boolean {
  const word = words[index] ?? '';
  const before = words[index - 1] ?? '';
  if (word === 'Pro') return TITLE_HEADS.has(before) && PRO_TAILS.has(words[index + 1] ?? '');
  if (PRO_TAILS.has(word)) return before === 'Pro' && TITLE_HEADS.has(words[index - 2] ?? '');
  return TAILS.has(word) && TITLE_HEADS.has(before);
}
