// "The Ahr rose by more than 7 metres", "the night the Erft flooded", "the Meuse burst its
// banks", "the Rhine's tributaries", "the water level of the Rhine", "along the Saale": what
// rises by a height, floods, bursts its banks or has tributaries is a river, a place, where a
// lone unknown word after "the" would default to a body. A rise needs its height (the Dow
// "rose" by points, not metres), and "flooded" takes no object ("Apple flooded the market").
// A preposition's object is not what rises or floods: "Tributes to Smith flooded in",
// "Subscribers to Netflix rose by 2m" (name-preposition-objects).

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';
import { prepositionObject } from './name-preposition-objects';

const QUALIFIER = String.raw`(?:(?:more${S}than|about|almost|nearly|over|some|up${S}to|around)${S})?`;
const HEIGHT = String.raw`\d[\d.,]*${S_OPT}(?:metres|meters|m|feet|ft|centimetres|centimeters|cm|inches)\b`;
const RISE = String.raw`(?:rose|risen|rising|rises|climbed|swelled)${S}(?:by${S})?${QUALIFIER}${HEIGHT}`;
const FLOOD = String.raw`(?:flooded|overflowed|burst${S}its${S}banks|broke${S}its${S}banks)(?!${S}(?:the|a|an|its|their|with|markets?|stores?|shops?)\b)`;
const RIVER_AFTER = new RegExp(
  String.raw`^(?:,${S}which)?${S}(?:(?:had|has|have|was|is|had${S}been)${S})?(?:already${S})?(?:${RISE}|${FLOOD})`,
  'u',
);
const WATERS_OWNED = new RegExp(String.raw`^['’]s${S}(?:tributaries|floodplain|headwaters|riverbed|catchment)\b`, 'u');
const LEVEL_OF = new RegExp(String.raw`\b(?:water|river|flood)${S}levels?${S}of${S}the${S}$`, 'iu');
const ALONG_THE = new RegExp(String.raw`\balong${S}the${S}$`, 'iu');

/** Votes for a place when the name is said to act or be spoken of as a river. */
export function riverVote(before: string, after: string): number {
  return (RIVER_AFTER.test(after) && !prepositionObject(before)) || WATERS_OWNED.test(after) || LEVEL_OF.test(before) || ALONG_THE.test(before) ? 3 : 0;
}
