// A sentence that gives a figure for each of several named things in turn splits a count into
// parts: "More than 9,400 structures were destroyed in the Eaton fire, CAL FIRE said, and about
// 7,000 in the Palisades fire"; so does one that places a part of a whole ("10 of them in the
// Palisades fire"). Each part is its own thing's alone, so it is only a reading of a stored
// part of that same thing, or of a figure placed there alone, never of one for all of them or
// for a place the thing is merely named after ("most of them homes in Pacific Palisades").

import { MONTH_NAMES } from './month-names';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// The first name a figure is placed in before the next figure: "in the Eaton fire", "in Gaza".
const IN_NAMED = new RegExp(String.raw`^[^.;:!?\n]*?\bin${S}(?:the${S})?(\p{Lu}[\p{L}'’-]*(?:${S}\p{Lu}[\p{L}'’-]*)*)`, 'u');

const OF_WHOLE_AFTER = new RegExp(String.raw`^${S}of${S}(?:them|those|whom)\b`);
const WHEN = new RegExp(`^(?:${MONTH_NAMES.join('|')}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\b`);

/** The name (lower case) of the thing the figure `q` of `sentence` is the part of, when the
 *  sentence places two or more of its figures (`found`, in order) in different named things,
 *  or places a part "of them" in one; null otherwise. */
export function splitPart(sentence: string, q: Quantity, found: readonly Quantity[]): string | null {
  const figures = found.filter((f) => f.kind === 'number');
  const nameAfter = (f: Quantity): string | null => {
    const next = figures.find((g) => g.start >= f.end);
    const m = IN_NAMED.exec(sentence.slice(f.end, next?.start ?? sentence.length));
    if (!m?.[1]) return null;
    // "2% in June, … up from 1.9% in May": a month or a day says when, not which thing.
    const at = f.end + m[0].length - m[1].length;
    if (WHEN.test(m[1]) || found.some((d) => d.kind === 'date' && d.start <= at && at < d.end)) return null;
    return m[1].toLowerCase();
  };
  const own = figures.some((f) => f.start === q.start && f.end === q.end) ? nameAfter(q) : null;
  if (own === null) return null;
  // "The death toll rose to 27, … 10 of them in the Palisades fire": a part of the whole before.
  if (OF_WHOLE_AFTER.test(sentence.slice(q.end))) return own;
  const names = new Set(figures.map(nameAfter).filter((n) => n !== null));
  return names.size >= 2 ? own : null;
}

/** Whether a stored figure (`part`, its splitPart; `places`, where it is) may be a reading of a
 *  page figure that is the part `name`. */
export function samePart(name: string, part: string | null, places: ReadonlySet<string>): boolean {
  return part === null ? places.size === 1 && places.has(name) : part === name;
}
