// "one" before a verb's -ing form and a noun (quantities.ts): the noun is what it counts.

import { sticky, type Core } from './quantity-parts';
import { INLINE_SPACE as S } from './inline-space';

// "at one polling station", "one training camp": a verb's -ing form (its stem has a vowel, so
// not "thing", "king") before another noun modifies it, as "14 flood warnings" does; that
// noun is what "one" counts, and it does not follow directly, so the span is the number.
const ING_BEFORE_NOUN_Y = new RegExp(String.raw`${S}\p{Ll}*[aeiouy]\p{Ll}*ing${S}(\p{Ll}+)(?![\p{L}'’-])`, 'uy');
const NOT_A_NOUN = new Set(
  'the a an of to in on at for with by from and or but nor is was are were be been has had have which who as than this that these those last next every each its their his her'.split(' '),
);
const VERB_ENDING = /(?:ed|ly)$/;

/** `result` (a count read up to `numberEnd`) cut back to its number where an -ing form and
 *  the noun it counts follow; as it was otherwise. */
export function modifiedSingular(text: string, numberEnd: number, result: Core): Core {
  if (result.form !== 'count' || result.value !== 1 || result.unit === null || result.end === numberEnd) return result;
  const noun = sticky(ING_BEFORE_NOUN_Y, text, numberEnd)?.[1];
  if (noun === undefined || NOT_A_NOUN.has(noun) || VERB_ENDING.test(noun)) return result;
  return { ...result, end: numberEnd, unit: noun };
}
