// Whose a figure is, said by a relative clause right after it (figure-owners.ts). "less than
// the $20 billion it estimated in March": a pronoun subject is the body the sentence speaks
// of, named as it may be only as a possessor ("the Federal Deposit Insurance Corporation's
// fund … about $16.1 billion"), so the figure is that body's as well as the sentence's other
// bodies'. "the money above the $250,000 that deposit insurance covers": a common noun subject
// is a thing of its own, so the bodies the other clauses name ("All depositors of Silicon
// Valley Bank") are not the figure's. Only a figure said with "the" is read so: "$5 billion
// that it raised" is a sum, not one named before.

import { findQuantities } from './quantities';
import { INLINE_SPACE as S } from './inline-space';

const DEFINITE_BEFORE = new RegExp(String.raw`\bthe${S}$`, 'i');
const AUXILIARY = String.raw`(?:(?:had|has|have|would|will|could|can|may|might|is|was|were|are)${S})?`;
// A finite verb: "estimated", "covers", "pays", or one of a few irregular pasts.
const VERB = String.raw`(?:\p{Ll}+(?:ed|es|s)|paid|put|set|sought|spent|lost|made|gave|took|won|got|bought|sold|owed|kept|held|lent|raised)`;
const RELATIVE_AFTER = new RegExp(
  String.raw`^${S}(?:(?:that|which)${S})?(?:(it|they)|(?:(?:the|an?)${S})?(\p{Ll}[\p{Ll}-]*(?:${S}\p{Ll}[\p{Ll}-]*)?))${S}${AUXILIARY}${VERB}\b`,
  'u',
);
// Words that open no subject of their own: what follows a figure as its unit, a preposition,
// a verb or an adverb ("the $20 billion in assets", "the 33 hostages released").
const NOT_SUBJECT = /^(?:it|they|he|she|we|you|its|their|his|her|a|an|the|of|in|on|at|for|to|from|by|with|into|than|and|or|but|each|per|a-year|is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|be|been|more|less|now|still|also|then|already|only|just|so|as|this|that|which|who|[\p{Ll}-]+ly|[\p{Ll}-]+ed|[\p{Ll}-]+ing)$/u;

/** 'pronoun' where a relative clause after the definite figure at `at` of `text` has "it" or
 *  "they" for its subject, 'thing' where a common noun, null where none or another. */
export function relativeSubject(text: string, at: number): 'pronoun' | 'thing' | null {
  if (!DEFINITE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return null;
  const q = findQuantities(text).find((f) => f.start === at);
  if (q === undefined || q.kind !== 'number') return null;
  const m = RELATIVE_AFTER.exec(text.slice(q.end, q.end + 60));
  if (m === null) return null;
  if (m[1] !== undefined) return 'pronoun';
  const nouns = (m[2] ?? '').split(/[^\S\n]+/);
  return nouns.some((w) => NOT_SUBJECT.test(w)) ? null : 'thing';
}
