// Medal tallies: "France had eight golds and 27 medals in all", "China won 91 medals", "Simone
// Biles, who won the all-around title on Thursday, has two golds so far", "its 40 golds". A
// tally grows as the Games go on, so an earlier one differs from the final one stored; but it
// says nothing of what happened beyond being won, so without a mark of its own two tallies
// could never be told apart, and whose tally it is (a country's, an athlete's) is read here
// too: France's golds are not China's. A count of medals that is not one won ("aiming for 20
// golds", "a soldier's medal") is no tally.

import { aliasKey } from './alias-key';
import type { Named } from './figure-named';
import { scorePairOf, scoreSide } from './figure-score-pairs';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** Marks a count of medals someone has won in its measure word list. */
export const MEDAL_TALLY = 'medal-tally';

const MEDALS = new RegExp(String.raw`^(?:(?:gold|silver|bronze)s?|(?:(?:gold|silver|bronze)${S})?medals?)$`, 'i');
// A verb of winning or holding, then no other figure but one of a list ("won 16 golds and 64
// medals"), right before the count; or a possessive ("its 40 golds").
const WON = String.raw`\b(?:won|wins|win|has|have|had|took|takes|collected|claimed|(?:led|leads|topped|tops)\b[^,;:\n\d]{0,40}?\bwith)`;
const LISTED = String.raw`(?:[\d,]+${S}\p{Ll}+${S}and${S})?`;
export const WON_BEFORE = new RegExp(String.raw`(?:${WON}${S}[^\d;:.\n]{0,30}?${LISTED}|\b(?:its|their|his|her)${S})$`, 'u');
const WON_AFTER_WINNER = new RegExp(String.raw`^(?:,[^;:\n]{1,80}?,)?${S}(?:(?:who|has|have|had|also|now|so${S}far)${S})*${WON.slice(2)}${S}[^\d;:.\n]{0,30}?${LISTED}$`, 'u');
// A tally of other Games or of a whole career ("won 39 medals at the 2018 Games", "has won 11
// medals in her career", "took 16 medals four years earlier") is no running tally of these.
export const OTHER_TIME = new RegExp(
  String.raw`\b(?:career|history|all[- ]time|(?:previous|earlier|last|past|prior)${S}(?:Games|Olympics)|years?${S}(?:earlier|ago|before)|(?:in|at|since)${S}(?:the${S})?(?:19|20)\d\d|(?:19|20)\d\d${S}(?:Games|Olympics|Winter|Summer))\b`,
  'i',
);
const NOT_THE_SUBJECT = /\b(?:who|which|that|it|they|he|she)\b/;

export function isTallyUnit(q: Pick<Quantity, 'form' | 'kind' | 'unit'>): boolean {
  return q.form === 'count' && q.kind === 'number' && q.unit !== null && MEDALS.test(q.unit);
}

/** MEDAL_TALLY for a count of medals that `sentence` says someone won or holds, else null. */
export function medalTally(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start' | 'end'>): string | null {
  if (!isTallyUnit(q)) return null;
  // The second count of a score-like pair is a tally where the first is.
  const first = scorePairOf(sentence, q, findQuantities(sentence));
  if (first !== null) return medalTally(sentence, first);
  const stop = sentence.slice(q.start).search(/[;\n]|\.(?:\s|$)/);
  if (OTHER_TIME.test(sentence.slice(Math.max(0, q.start - 60), stop < 0 ? undefined : q.start + stop))) return null;
  return WON_BEFORE.test(sentence.slice(Math.max(0, q.start - 120), q.start)) ? MEDAL_TALLY : null;
}

/** Whose the tally at `q` in `n` is: the country, athlete or team whose verb of winning governs
 *  it, past an apposition or a relative clause of its own; empty when none does. */
export function tallyWinners(n: Named, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start' | 'end'>): string[] {
  if (!isTallyUnit(q)) return [];
  const side = scoreSide(n, q);
  if (side !== null && scorePairOf(n.text, q, findQuantities(n.text)) !== null) return [side];
  for (const m of n.mentions) {
    if (m.end > q.start) break;
    if (m.type === 'event') continue;
    const after = n.text.slice(m.end, q.start);
    if (!WON_AFTER_WINNER.test(after)) continue;
    // Past its apposition, the winner's own verb: no other subject or name before the count.
    // "Léon Marchand, 22, who won …": the winner's own relative clause.
    const own = after.replace(/^,[^;:\n]{1,80}?,/, '').replace(/^[^\S\n]+who(?=[^\S\n])/, '');
    const ownStart = m.end + after.length - own.length;
    if (NOT_THE_SUBJECT.test(own) || n.mentions.some((x) => x.start >= ownStart && x.start < q.start)) continue;
    return [aliasKey(m.canonical)];
  }
  return [];
}
