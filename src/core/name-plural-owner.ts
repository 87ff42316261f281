// "Stellantis' Toledo Assembly Complex": a name ending in "s" and an apostrophe owns the name
// after it where it is a name of its own, while a plural's possessive goes on inside one name
// ("the Palestinian Prisoners' Club"). A name of its own is one the lexicon knows, or one the
// text writes bare inside a sentence ("… struck Stellantis at once"); a plural is capitalised
// only in the name or at a sentence's start. Used by name-runs.ts.

import type { PieceInput } from './name-pieces';

const LETTER = /\p{L}/u;
const APOSTROPHE = /['’]/;
const SENTENCE_START = /(?:^|[.!?:;"“‘(\n—–]\s*)$/u;

/** Whether the run's words before a plural possessive are a name that owns what follows. */
export function ownerOfNext(owner: string, text: string, input: PieceInput): boolean {
  if (owner === '' || input.isName(owner)) return owner !== '';
  for (let at = text.indexOf(owner); at >= 0; at = text.indexOf(owner, at + 1)) {
    const end = at + owner.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '') || APOSTROPHE.test(text[end] ?? '')) continue;
    if (!SENTENCE_START.test(text.slice(Math.max(0, at - 4), at))) return true;
  }
  return false;
}
