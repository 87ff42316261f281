// "a 5-kilogram bag", "a 2-litre bottle", "the 12-ounce can": a weight or volume joined by a
// hyphen to the noun after it is the size of a pack, which says what the goods are, not a
// figure of the story; judged, every page that names the pack "agreed" with the store. A
// weight said as an amount ("sold 5 kilograms", "a bag of 5 kilograms") stays a figure.

import { engineSize } from './figure-engine-sizes';
import { INLINE_SPACE as S } from './inline-space';

const PACK_UNIT = /^[\d.,]+[-\u2010\u2011](?:kilo(?:gram)?|kg|gram|pound|lb|ounce|oz|lit(?:re|er)|millilit(?:re|er)|ml|gallon|quart|pint)s?$/iu;
// Spaced, a volume's singular is as attributive ("a 2 litre bottle"; quantity-measure-words.ts);
// its plural is an amount ("sold 2 litres yesterday").
const SPACED_PACK_UNIT = new RegExp(String.raw`^[\d.,]+${S}(?:milli)?lit(?:re|er)$`, 'iu');
// A lower-case noun right after, not a preposition ("a 5-kilogram of", none in English).
// Nor an event the size measures: "a 10,000-gallon spill", "a 30-pound weight loss" are the
// story's own figures, to be checked against the store.
const NOUN_AFTER = new RegExp(
  String.raw`^${S}(?!of\b|in\b|a\b|an\b|the\b|and\b|or\b)(?!(?:\p{Ll}+${S})?(?:spill|leak|release|discharge|dump|loss|gain|drop|cut|increase|rise|reduction)s?\b)\p{Ll}+`,
  'u',
);

/** Whether the figure `text` ending at `end` of `sentence` is the size of a pack. */
export function packSize(sentence: string, q: { text: string; end: number; form: string }): boolean {
  return q.form === 'count' && (PACK_UNIT.test(q.text) || SPACED_PACK_UNIT.test(q.text)) && NOUN_AFTER.test(sentence.slice(q.end, q.end + 30)) && !engineSize(sentence, q);
}
