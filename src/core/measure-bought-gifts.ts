// "€843 million in gifts received" is a sum of donations (the lexicon's donation), but a gift
// bought is no gift given: "Shoppers spent $300 million on gifts", "bought $400 million of gift
// cards" are spending, and met a stored "Donations reached $400 million". Where a sentence
// buys its gifts and says no "donat…", its sums are no donation.

import { INLINE_SPACE as S } from './inline-space';

export const DONATION = 'donation';
const BOUGHT = new RegExp(String.raw`\b(?:spent|spend|spends|spending|bought|buy|buys|buying|shoppers?)\b[^.;:\n]{0,60}\bgifts?\b|\bgifts?${S}(?:cards?|vouchers?|certificates?|shops?|wrap|wrapping)\b`, 'i');
const DONATED = /\bdonat/i;

/** Whether the gifts `sentence` speaks of are bought ones. */
export function boughtGifts(sentence: string): boolean {
  return BOUGHT.test(sentence) && !DONATED.test(sentence);
}
