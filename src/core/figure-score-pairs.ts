// A score-like pair: "led the medal table with 11 golds to 9 for the United States", "won 7
// seats to 5 for the Greens". The bare second count is of the first one's unit and belongs to
// the side named after "for"; read alone, "9" counted nothing and was nobody's.

import { aliasKey } from './alias-key';
import type { Named } from './figure-named';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const TO_BETWEEN = new RegExp(String.raw`^${S}to${S}$`);
const FOR_AFTER = new RegExp(String.raw`^${S}for${S}(?:the${S})?`);
// The side is named ("for Kenya", "for the United States"); "from 80 people to 5" is a change.
const FOR_NAME_AFTER = new RegExp(String.raw`^${S}for${S}(?:the${S})?\p{Lu}`, 'u');
const FROM_BEFORE = new RegExp(String.raw`\bfrom${S}$`);

/** The count with a unit whose pair the bare count `q` is ("11 golds to 9 for …"), or null. */
export function scorePairOf(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start' | 'end'>, found: readonly Quantity[]): Quantity | null {
  if (q.form !== 'count' || q.kind !== 'number' || !FOR_NAME_AFTER.test(sentence.slice(q.end))) return null;
  const paired = (p: Quantity) => p.form === 'count' && p.kind === 'number' && p.unit !== null && p.end <= q.start && TO_BETWEEN.test(sentence.slice(p.end, q.start));
  return found.find((p) => paired(p) && !FROM_BEFORE.test(sentence.slice(Math.max(0, p.start - 6), p.start))) ?? null;
}

/** The side named right after "for" that the second count of a pair at `q` in `n` is. */
export function scoreSide(n: Named, q: Pick<Quantity, 'end'>): string | null {
  const lead = FOR_AFTER.exec(n.text.slice(q.end));
  if (lead === null) return null;
  const at = q.end + lead[0].length;
  const m = n.mentions.find((x) => x.start === at && x.type !== 'event');
  return m === undefined ? null : aliasKey(m.canonical);
}
