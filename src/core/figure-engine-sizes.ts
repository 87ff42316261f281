// "cars with 2.0-litre engines", "a 1.6-liter diesel engine", "its 5.7-litre V8": a volume
// joined to an engine is its displacement, which says which cars a story means. It is no pack
// size (figure-pack-sizes.ts) but a figure a reader checks like any other, and what it measures
// is the engine, which ties "For cars with 2.0-litre engines" to the stored "about 475,000 cars
// with 2.0-litre engines" though the two clauses say nothing else alike.

import { INLINE_SPACE as S } from './inline-space';

// "3.0-litre", or spaced, "3.0 litre" (quantity-measure-words.ts).
const VOLUME = new RegExp(String.raw`^[\d.,]+(?:[-\u2010\u2011]|${S})?(?:lit(?:re|er)|l|cc)s?$`, 'iu');
// The engine, after at most two words that say which ("diesel", "turbocharged petrol"); not
// where the engine only says what a fluid is for: "a 5-litre engine oil jug" is a pack.
const ENGINE_AFTER = new RegExp(
  String.raw`^${S}(?:[\p{Ll}-]+${S}){0,2}?(?:engines?|motors?|V\d{1,2}s?)\b(?!${S}(?:oil|coolant|antifreeze|fluid|flush|cleaner|additive|treatment|lubricant|degreaser)s?\b)`,
  'u',
);

/** What an engine's displacement measures, beside its unit. */
export const ENGINE_MARK = 'engine';

/** Whether the figure `q` of `sentence` is the size of an engine. */
export function engineSize(sentence: string, q: { text: string; end: number; form: string }): boolean {
  return q.form === 'count' && VOLUME.test(q.text) && ENGINE_AFTER.test(sentence.slice(q.end, q.end + 40));
}
