// A body's own losses from an event are what the event cost it: "Delta, which puts its own
// losses at $500 million" is the stored "says the outage cost it $500 million". Only with a
// possessive and a verb or preposition that sets the sum: "insured losses of $40 billion" are a
// modeler's estimate of others' losses, told by whose it is (measure-lexicon.ts, loss).

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// "puts its losses from the storm at $20 million": the event may be named between.
const FROM_EVENT = String.raw`(?:${S}from${S}(?:the|last|this|a)${S}(?:[\p{L}-]+${S}){0,2}?[\p{L}-]+)?`;
const OWN_LOSSES_BEFORE = new RegExp(
  String.raw`\b(?:its|their|his|her|our)${S}(?:own${S})?(?:(?:total|direct)${S})?losses${FROM_EVENT}${S}(?:at|of|to|totalled|totaled|reached)${S}(?:(?:about|around|roughly|some|nearly|almost|more${S}than|at${S}least|up${S}to)${S})?$`,
  'iu',
);
// A period's result, not an event's cost: "narrowed its losses to $2 million", "cut its losses
// to $10 million in the second quarter", "its losses of $1.2 billion for the year".
const RESULT_CHANGED = new RegExp(
  String.raw`\b(?:narrow(?:ed|s|ing)?|cut(?:s|ting)?|trimm?(?:ed|s|ing)?|halv(?:ed|es|ing)|reduc(?:ed|es|ing)|widen(?:ed|s|ing)?|doubled|tripled|pared|slashed|shr[au]nk|shrinks|swelled|deepened)${S}(?:its|their|his|her|our)${S}(?:own${S})?(?:(?:total|direct)${S})?losses\b`,
  'i',
);
const FOR_A_PERIOD = new RegExp(
  String.raw`^(?:${S}[\p{L}\d.]+){0,3}?${S}(?:in|for|over)${S}(?:the${S})?(?:(?:first|second|third|fourth|last|latest|final|past|fiscal|financial|same)${S})*(?:quarter|half|(?:fiscal|financial)${S}year|year${S}(?:to|ended|ending)|(?:three|six|nine|twelve|12)${S}months)\b|^${S}(?:for|in)${S}(?:the${S})?year\b|^${S}for${S}(?:fiscal${S})?(?:19|20)\d\d\b`,
  'iu',
);

/** 'cost' for a sum a body gives as its own losses, or null. */
export function ownLosses(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (!OWN_LOSSES_BEFORE.test(before) || RESULT_CHANGED.test(before)) return null;
  return FOR_A_PERIOD.test(sentence.slice(q.end, q.end + 60)) ? null : 'cost';
}
