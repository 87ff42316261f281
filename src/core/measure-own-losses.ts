// A body's own losses from an event are what the event cost it: "Delta, which puts its own
// losses at $500 million" is the stored "says the outage cost it $500 million". Only with a
// possessive and a verb or preposition that sets the sum: "insured losses of $40 billion" are a
// modeler's estimate of others' losses, told by whose it is (measure-lexicon.ts, loss).

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const OWN_LOSSES_BEFORE = new RegExp(
  String.raw`\b(?:its|their|his|her|our)${S}(?:own${S})?(?:(?:total|direct)${S})?losses${S}(?:at|of|to|totalled|totaled|reached)${S}(?:(?:about|around|roughly|some|nearly|almost|more${S}than|at${S}least|up${S}to)${S})?$`,
  'i',
);

/** 'cost' for a sum a body gives as its own losses, or null. */
export function ownLosses(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  return OWN_LOSSES_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start)) ? 'cost' : null;
}
