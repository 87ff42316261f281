// "fish died in streams south of the crash, among them Sulphur Run and Leslie Run", "creeks
// such as Bear Creek and Mill Run": a plural noun for waters before "among them", "such as" or
// "including" says every name listed after it is a body of water, a place, as "cities
// including Homs" says a city (entity-typing's listedKind). A stream's name often ends in a
// word no lexicon holds as a head ("Run", "Fork", "Branch", "Brook"), so the list is the only
// cue. A lone item, a comma and "and" ends the list ("including Mill Run, and Ana Ruiz
// said": a clause of its own). The noun may have a phrase of lower-case words after it that says where ("streams south
// of the crash,"); a capitalised word or a stop between them ends the reading. Used by
// entity-typing.ts.

import { INLINE_SPACE as S } from './inline-space';

const WATERS = 'streams|rivers|creeks|brooks|tributaries|waterways|lakes|ponds|reservoirs|estuaries|canals';
// The noun may open the sentence ("Streams such as Sulphur Run and Leslie Run were fouled").
const WATER_NOUNS = WATERS.split('|').map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
// "rivers such as the Thames and the Seine": a river's name takes "the".
const ITEM = String.raw`(?:the${S})?\p{Lu}[\p{L}’'-]*(?:${S}\p{Lu}[\p{L}’'-]*)*`;
// The phrase between says where the waters are ("south of the crash"), so it opens with a
// word of where and names no owner: "lakes owned by firms such as Duke Energy", "ponds near
// farms run by companies including Cargill" list the firms.
const WHERE = String.raw`(?:north|south|east|west|upstream|downstream|near|nearby|in|across|along|around|throughout|below|above|beside|within|at|on|of)\b`;
const WATER_LIST_BEFORE = new RegExp(
  String.raw`\b(?:${WATER_NOUNS})(?:${S}${WHERE}(?:${S}(?!by\b)[\p{Ll}-]+){0,5}?)?,?${S}(?:such${S}as|including|among${S}them)${S}(?:(?:${ITEM},${S}){1,4}${ITEM},?${S}(?:and|or)${S}|${ITEM}${S}(?:and|or)${S}|(?:${ITEM},${S}){0,4})(?:the${S})?$`,
  'u',
);

/** The place votes for a name listed after a plural noun for waters (3), else 0; `before` is
 *  the text before the name. */
export function waterListVote(before: string): number {
  return WATER_LIST_BEFORE.test(before) ? 3 : 0;
}
