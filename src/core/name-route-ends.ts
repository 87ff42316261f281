// "trains from Remagen on the Rhine to Ahrbrück", "runs 35 kilometres from Bad Bodendorf to
// Altenahr", "deepen the channel between Mainz and St. Goar", "trains between Remagen and
// Walporzheim": the two ends of a line, a road, a trail or a waterway are places, where a lone
// unknown word defaults to a body. The route's noun or verb comes first, within a few words,
// so "moved from Google to Apple" and "talks between Hamas and Fatah" say nothing. Not "run"
// alone: a list or a career runs too ("the guest list ran from Beyoncé to Adele").

import { INLINE_SPACE as S } from './inline-space';

// Lower case, or opening the sentence ("Trains will run every hour between").
const ROUTE_WORDS = [
  'trains?', 'railway', 'railways', 'rail', 'line', 'lines', 'road', 'roads', 'route', 'routes', 'motorway', 'highway',
  'trail', 'channel', 'canal', 'pipeline', 'ferry', 'ferries', 'bus', 'buses', 'flights?', 'kilometres', 'kilometers', 'km', 'miles',
];
const ROUTE = `(?:${ROUTE_WORDS.map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`).join('|')})`;
// Lower-case words (or a weekday) between, with no clause: "the length of the valley on Sunday,".
const GAP = String.raw`(?:${S}(?!(?:and|or|but|then|that|which|who|said|says)\b)(?:[\p{Ll}\d’'-]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?){0,10}?`;
const NAME = String.raw`\p{Lu}[\p{L}’'-]*\.?(?:${S}\p{Lu}[\p{L}’'-]*)*`;
// An end named on a river: "from Remagen on the Rhine to".
const ON_RIVER = String.raw`(?:${S}on${S}the${S}${NAME})?`;
const FIRST_END = new RegExp(String.raw`\b${ROUTE}\b${GAP}${S}(?:from|between)${S}$`, 'u');
const SECOND_END = new RegExp(String.raw`\b${ROUTE}\b${GAP}${S}(?:from${S}${NAME}${ON_RIVER}${S}to|between${S}${NAME}${S}and)${S}$`, 'u');

/** Votes for a place when the name is one end of a route the sentence names. */
export function routeEndVote(before: string): number {
  return FIRST_END.test(before) || SECOND_END.test(before) ? 3 : 0;
}
