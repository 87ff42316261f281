// "11 ft deep", "3 m wide", "12 in. thick": an abbreviated length unit is the figure's unit
// when a word of dimension follows it. Alone the abbreviations are too loose to read ("5 m"
// may be millions, "in" is a preposition), and "ft" was no unit, so "a channel 11 ft deep"
// gave a bare 11 that set no size against the stored "11 feet deep".

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const ABBREVIATED_Y = new RegExp(String.raw`${S}(ft|yd|m|cm|mm|in)(\.?)${S}(?:deep|wide|long|high|tall|thick|across)\b`, 'iy');

const INCH_PHRASE_END = new RegExp(String.raw`^(?:${S_OPT}(?:[^\p{L}\s]|\n|$)|${S}(?:and|or|by|x|at|with|in|on|of|to|from|when|where|which|that)\b)`, 'u');

/** The abbreviated length unit right after a number ending at `pos` that a dimension word
 *  follows, lower-case, with the end of the unit (its dot included), or null. */
export function abbreviatedDimension(text: string, pos: number): { unit: string; end: number } | null {
  ABBREVIATED_Y.lastIndex = pos;
  const m = ABBREVIATED_Y.exec(text);
  const unit = m?.[1];
  if (!m || unit === undefined) return null;
  // A capital is a name's ("11 FT" in a headline is rare; "12 In …" opens a title).
  if (unit !== unit.toLowerCase()) return null;
  // A bare "in" before an adjective of a noun is the preposition: "pulled 12 in deep water",
  // "left 40 in high winds"; "12 in thick" ends its phrase or joins another size.
  if (unit === 'in' && m[2] === '' && !INCH_PHRASE_END.test(text.slice(pos + m[0].length))) return null;
  return { unit, end: pos + m[0].indexOf(unit) + unit.length + (m[2] ?? '').length };
}
