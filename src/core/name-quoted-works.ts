// A work's title in quotes after the noun for the work: his book about them, "Deep Down Dark";
// the film "Blue Harbour Nights"; a memoir titled "Salt Over Winter". A title has none of the
// four types (name-works.ts reads one by the apposition after it); its capitalised words
// would otherwise read as a person's name. The title must fill the quotes, so a quoted speaker
// or a name inside a longer quote ("the film's star, "Ana Ruiz said..."") is left alone. Only
// the quoted mention is the title: a film "Mandela" leaves the man Mandela elsewhere a person.

import { INLINE_SPACE as S } from './inline-space';
import type { Piece } from './name-pieces';
import { WORK_NOUNS } from './work-nouns';

// The noun, what the work is about in a word or two, a comma or "titled", and the opening quote.
const WORK_BEFORE = new RegExp(
  String.raw`\b(?:${WORK_NOUNS})(?:${S}(?:about|on)${S}[\p{L}'’]+(?:${S}[\p{L}'’]+)?)?(?:,|${S}(?:titled|entitled|called))?${S}["“]$`,
  'u',
);
const CLOSES = /^[,.!?]?["”]/u;

/** Where the runs start that are works' titles written in quotes after the work's noun. */
export function quotedWorkStarts(text: string, runs: Piece[][]): Set<number> {
  const out = new Set<number>();
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last || !CLOSES.test(text.slice(last.end, last.end + 2))) continue;
    if (WORK_BEFORE.test(text.slice(Math.max(0, first.start - 80), first.start))) out.add(first.start);
  }
  return out;
}
