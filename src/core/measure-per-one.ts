// A price of one said before its sum: "a per-share price of $55", "a price per share of $55",
// "a per-barrel cost of $80", "a share price of $55", as "$55 a share" says it after
// (measure-phrases.ts). The noun phrase ends in "of" (or "at") right before the figure.

import { INLINE_SPACE as S } from './inline-space';
import { notOneBought } from './measure-seat-offices';

/** Nouns a price may be of one of; shared with the form said after the sum. */
export const PER_ONE_NOUNS = 'seat|ticket|passenger|person|barrel|share';

const LEAD = String.raw`${S}(?:of|at)${S}(?:(?:about|around|roughly|nearly|almost|some|just)${S})?$`;
// "a per-share price of", "a per share offer of", "the per-barrel cost of": "per" and the noun
// before at most two more words of the phrase.
const PER_NOUN_BEFORE = new RegExp(String.raw`\bper[-\s]+(${PER_ONE_NOUNS})(?:[-\s]+\p{Ll}+){0,2}${LEAD}`, 'iu');
// "a price per share of", "a payment for each share of": the noun after the phrase's head.
const HEAD_PER_NOUN_BEFORE = new RegExp(String.raw`\b\p{Ll}+${S}(?:per|each|for${S}each|for${S}every)${S}(${PER_ONE_NOUNS})${LEAD}`, 'iu');
// "a share price of $55", "a ticket price of $80": a price set for one, said with "a". The
// market's price is the company's own ("its share price", "shares closed at", measure-stocks.ts);
// "a share of $5 billion" is a part, no price.
const A_NOUN_PRICE_BEFORE = new RegExp(String.raw`\b(?:a|an)${S}(${PER_ONE_NOUNS})${S}price${LEAD}`, 'iu');

/** The noun of a price of one said before the sum that ends at `start` of `sentence`, or null. */
export function perOneBefore(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const m = PER_NOUN_BEFORE.exec(before) ?? HEAD_PER_NOUN_BEFORE.exec(before) ?? A_NOUN_PRICE_BEFORE.exec(before);
  return m?.[1]?.toLowerCase() ?? null;
}

// "paid $250,000 for a seat", "paid $250,000 each for a seat": "for a" one of them is the
// price of one as "a seat" is. Not "for a share of the company" or "in": a stake, no price.
const FOR_ONE_AFTER = new RegExp(String.raw`^${S}(?:each${S})?for${S}(?:a|an|one)${S}(${PER_ONE_NOUNS})(?![\w'’-])(?!${S}(?:of|in)\b)`, 'iu');

/** The noun of a price of one said "for a …" after the sum, `after` the text after it, or null. */
export function perOneForAfter(after: string): string | null {
  const m = FOR_ONE_AFTER.exec(after);
  return m?.[1] === undefined || notOneBought(m[1], after.slice(m[0].length)) ? null : m[1].toLowerCase();
}
