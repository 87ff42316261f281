// People on strike: "about 18,300 of the union's members are on strike", "the number of UAW
// members on strike to about 33,700", "kept about 45,000 workers off the job", "About 12,700
// workers left three plants" (a strike's first walkout), "The strike … has grown to about
// 18,300". Each is a count of strikers, whatever noun it counts them by (workers, members, or
// none), so the counts of one strike as it widens are one measure: a later count differs from
// the one at the start or the peak. Without a strike said, "12,000 workers left the plant at
// the end of the shift" is no such count.

import { WORKER_NOUNS } from './measure-members';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** The event mark of a count of people on strike (measure-lexicon.ts knows it as an event). */
export const ON_STRIKE = 'on-strike';

// A strike spoken of in the sentence or the one before; an air or a missile strike is no
// walkout ("Air strikes continued, and the death toll has risen to 400").
const STRIKE_SAID = /\b(?<!\b(?:air|drone|missile|rocket|military|nuclear|bowling)[^\S\n-]*[\s-])(?:strike|strikes|striking|walkout|walkouts|picket)\b/i;
// "walked out" is a strike only for people who work: "5,000 people walked out of the concert".
const WALKED_OUT = new RegExp(String.raw`\bwalk(?:ed|s)?${S}(?:out|off)\b`, 'i');
const WORKER_UNIT = new RegExp(String.raw`^(?:${WORKER_NOUNS})$`, 'i');
// People of no noun, or one a strike counts by.
const STRIKER_UNIT = new RegExp(String.raw`^(?:${WORKER_NOUNS}|people)$`, 'i');
// Right after the count, its people said to be out: "of the union's members are on strike",
// "members out at its peak", "workers off the job", "went on strike", "walked out".
const OUT_AFTER = new RegExp(
  String.raw`^(?:${S}of${S}(?:(?:the|its|their)${S})?(?:[\p{L}'’]+${S}){0,2}members)?${S}` +
    String.raw`(?:(?:are|were|is|was|remain|remained|stayed)${S}(?:still${S})?(?:on${S}strike|out|off${S}the${S}job)\b|` +
    String.raw`(?:on${S}strike|out|off${S}the${S}job)(?:${S}(?:at|on|in|since|by)\b|[,.;]|$)|` +
    String.raw`(?:went|go|gone|walked|walk)${S}(?:on${S}strike|out|off)\b|left${S}(?:\p{Ll}+${S}){0,2}(?:plants?|factories|sites|mines|schools|hospitals)\b)`,
  'iu',
);
// Right before it: "kept about 45,000 workers off the job" is read above; "the number of UAW
// members on strike to about 33,700", "The strike … has grown to about 18,300", "The strike,
// which began … with about 12,700 workers".
const OUT_BEFORE = new RegExp(
  String.raw`(?:\bnumber${S}of${S}(?:\p{L}+${S}){0,2}on${S}strike${S}(?:to|at|of)|` +
    String.raw`\b(?:strike|walkout)s?\b(?:(?!\b(?:and|number|toll|total|count)\b)[^;:]){0,120}\b(?:grown|grew|grows|widened|risen|rose|swelled|reached)${S}to|` +
    String.raw`\b(?:strike|walkout)\b[^;:]{0,60}\b(?:began|begun|started)\b[^;:]{0,40}\bwith)${S}$`,
  'iu',
);
// A count set against a count of strikers before it: "are on strike, against 12,700 when it
// began", "up from 12,700".
const SET_AGAINST = new RegExp(String.raw`(?:\bagainst|\bfrom|\bcompared${S}with)${S}$`, 'i');

/** ON_STRIKE for a count of people on strike in `sentence` (the sentence before is `before`). */
export function onStrike(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start' | 'end'>, before = ''): string | null {
  if (q.form !== 'count' || q.kind !== 'number' || (q.unit !== null && !STRIKER_UNIT.test(q.unit))) return null;
  if (!STRIKE_SAID.test(sentence) && !STRIKE_SAID.test(before)) {
    if (q.unit === null || !WORKER_UNIT.test(q.unit) || (!WALKED_OUT.test(sentence) && !WALKED_OUT.test(before))) return null;
  }
  return striking(sentence, q.start, q.end) ? ON_STRIKE : null;
}

function striking(sentence: string, start: number, end: number): boolean {
  const head = sentence.slice(0, start);
  if (OUT_AFTER.test(sentence.slice(end)) || OUT_BEFORE.test(head)) return true;
  if (!SET_AGAINST.test(head)) return false;
  const previous = findQuantities(head).filter((p) => p.form === 'count' && p.kind === 'number').pop();
  return previous !== undefined && striking(sentence, previous.start, previous.end);
}
