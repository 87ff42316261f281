// "easyJet", "eBay", "iRobot": a coined name may open in lower case, with a capital inside
// and more small letters after it. Units and technical words have no word after their
// capital ("kWh", "mAh", "mSv", "pH", "kPa") or go on in capitals ("mRNA", "siRNA"), so two
// small letters after the capital and a short prefix tell the name apart. Its first letter
// proves as little as a sentence opener's capital, and the same spelling names products
// ("iPhone") and common nouns ("eBikes"), so the word stands alone (it joins no capitalised
// neighbour: "the iPhone Air" is a model, product-names.ts) and, like an opener, needs
// evidence (name-openers.ts: "easyJet said", "Ryanair and easyJet"). name-camel.ts types it.

import { INLINE_SPACE as S } from './inline-space';

const LOWER_CAMEL = /^\p{Ll}{1,4}\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?$/u;

/** Whether a word is a name written with a lower-case start and a capital inside. */
export function isLowerCamelName(word: string): boolean {
  return LOWER_CAMEL.test(word);
}

// "the iPhone posted record sales", "Sales of its iPad rose …, the company said", "Owners of
// iPhones told …": a product or a common noun takes an article, an owner or a plural; a coined
// body's name takes none ("easyJet said"), so a cue after such a word proves nothing.
const DETERMINED = new RegExp(String.raw`(?:^|[^\p{L}])(?:the|an?|its|their|his|her|our|your|this|that|new)${S}$`, 'iu');
const PLURAL = /\p{Ll}s$/u;

/** Whether a lower-case-start word at `start` is written as a product or a common noun is. */
export function lowerCamelThing(text: string, start: number, word: string): boolean {
  return isLowerCamelName(word) && (PLURAL.test(word) || DETERMINED.test(text.slice(Math.max(0, start - 8), start)));
}
