// "The Commission originally fined Google €4.34 billion. The General Court cut the penalty to
// €4.124 billion": a figure a sentence gives a thing named before ("the penalty") as changed
// is a new value of the figure the sentence before gave it, so it differs from the stored
// figure that one is, not from whichever stored fine is most like it.

import { measureOf } from './measure';
import { topicLemma } from './measure-lexicon';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const CHANGED_TO_BEFORE =
  new RegExp(String.raw`\b(?:cut|cuts|reduced|reduces|lowered|lowers|raised|raises|increased|increases|trimmed|trims|halved|halves|revised|revises)${S}the${S}(?:[a-z-]+${S})?([a-z-]+)${S}to${S}$`);

/** The figure of `before` (the sentence before) that the figure `q` of `sentence` is a
 *  changed value of, or null. */
export function referredFigure(sentence: string, q: Quantity, before: string): Quantity | null {
  if (before === '' || q.kind !== 'number') return null;
  const noun = CHANGED_TO_BEFORE.exec(sentence.slice(Math.max(0, q.start - 60), q.start))?.[1];
  const topic = noun === undefined ? null : topicLemma(noun);
  if (topic === null) return null;
  const earlier = findQuantities(before).filter((p) => p.form === q.form && measureOf(before, p).includes(topic));
  return earlier.pop() ?? null;
}

// "will invest about $11 billion …, up from the $2.7 billion it offered": the figure after
// "up from" is an earlier value of the one before it, however far apart the two are.
const EARLIER_VALUE_BEFORE = new RegExp(String.raw`\b(?:up|down|rising|falling|risen|fallen|rose|fell|raised|cut|increased|reduced)${S}from${S}(?:the${S}|its${S}|their${S})?$`, 'i');

/** The figure of `sentence` that it gives, with "up from", as an earlier value of `q`: the
 *  next one of the same form, with no other of that form between; or null. */
export function earlierValue(sentence: string, q: Quantity, found: readonly Quantity[]): Quantity | null {
  if (q.kind !== 'number') return null;
  const next = found.find((p) => p.start >= q.end && p.form === q.form && p.kind === 'number');
  if (next === undefined) return null;
  return EARLIER_VALUE_BEFORE.test(sentence.slice(Math.max(0, next.start - 24), next.start)) ? next : null;
}
