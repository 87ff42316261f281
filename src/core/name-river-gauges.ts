// "The Ahr rose by more than 7 metres at Altenahr", "the water level of the Rhine at Kaub",
// "the river peaked at 9 metres at Passau": where a river's rise or level is read is a gauge's
// town, a place, where "at" alone (a staff "at Google") says nothing. The rise needs its
// height, as in name-river-rises.ts; a level needs a river's name or "the river" before "at".
// A bare "m" is a million as often ("Subscribers rose by 2m at Netflix"), so it needs a word
// of water, or a name after "the", earlier in the text ("The Ahr rose by 7m at Altenahr").

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const HEIGHT = String.raw`\d[\d.,]*${S_OPT}(?:metres|meters|m|feet|ft|centimetres|centimeters|cm|inches)`;
const RISE_AT = new RegExp(
  String.raw`\b(?:rose|risen|rising|rises|climbed|peaked|fell|fallen|fall|falls|stood|stands|swelled)${S}(?:(?:by|to|at)${S})?(?:(?:more${S}than|about|almost|nearly|over|some|up${S}to|around)${S})?${HEIGHT}${S}at${S}$`,
  'u',
);
const LEVEL_AT = new RegExp(
  String.raw`\b(?:water|river|flood)${S}levels?${S}(?:of|on)${S}the${S}(?:river|\p{Lu}[\p{L}-]+)${S}at${S}$`,
  'u',
);

const MILLION_OR_METRES = new RegExp(String.raw`\d${S_OPT}m${S}at${S}$`, 'u');
const WATER_WORD = new RegExp(
  String.raw`\b(?:river|rivers|water|waters|flood|floods|floodwater|floodwaters|tide|level|levels|gauge|[Tt]he${S}\p{Lu}\p{Ll}+)\b`,
  'u',
);

/** Votes for a place when the name is where a river's rise or level is read. */
export function gaugeVote(before: string): number {
  const rise = RISE_AT.test(before) && (!MILLION_OR_METRES.test(before) || WATER_WORD.test(before));
  return rise || LEVEL_AT.test(before) ? 3 : 0;
}
