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
const LIST_OPENS = String.raw`\b(?:${WATER_NOUNS})(?:${S}${WHERE}(?:${S}(?!by\b)[\p{Ll}-]+){0,5}?)?,?${S}(?:such${S}as|including|among${S}them)${S}`;
// The first name, or one after the list's "and" or "or".
const WATER_LIST_BEFORE = new RegExp(
  String.raw`${LIST_OPENS}(?:(?:${ITEM},${S}){1,4}${ITEM},?${S}(?:and|or)${S}|${ITEM}${S}(?:and|or)${S})?(?:the${S})?$`,
  'u',
);
// A name after a comma is listed only where the list goes on or ends after it: "rivers such
// as the Wye, the Usk and the Teme", not "rivers such as the Wye, Tom Hale said".
const WATER_COMMA_BEFORE = new RegExp(String.raw`${LIST_OPENS}(?:${ITEM},${S}){1,4}(?:the${S})?$`, 'u');
const LIST_GOES_ON = new RegExp(String.raw`^(?:,|${S}(?:and|or)${S}|[.;:!?)]|$)`, 'u');

/** The place votes for a name listed after a plural noun for waters (3), else 0; `before` is
 *  the text before the name, `after` the text after it. */
export function waterListVote(before: string, after = ''): number {
  if (WATER_LIST_BEFORE.test(before)) return 3;
  return WATER_COMMA_BEFORE.test(before) && LIST_GOES_ON.test(after) ? 3 : 0;
}
