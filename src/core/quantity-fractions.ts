// Shares written as fractions in words: "two-thirds", "three-quarters", "one-fifth", and,
// before "of" or a state ("a third funded"), "a third", "two thirds", "an eighth". Read as percentages, as "one in five"
// is (two-thirds → 66.67), so they compare with stored shares. Not read: "half", which
// the annotation takes for no number ("half-time", "half an hour"); ordinals ("a third
// phase", "the third quarter"); and a fraction of a unit ("a quarter of an hour").

import { sentenceInitial } from './quantity-context';
import { type Core, round, sticky } from './quantity-parts';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const NUMERATORS = new Map(Object.entries({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
}));
const DENOMINATORS = new Map(Object.entries({
  third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
}));

const FRACTION_Y =
  new RegExp(String.raw`([A-Za-z]+)([-\u2010\u2011]|${S})(third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(s?)(?![A-Za-z\u2010\u2011-])`, 'iy');
const OF_Y = new RegExp(String.raw`${S}of(?![A-Za-z])`, 'y');
const OF_A_UNIT_Y = new RegExp(String.raw`${S}of${S}an?(?![A-Za-z])`, 'iy');

// "risen by a third since 2022", "cut by two thirds.": a change by a share, where the
// fraction ends its phrase (no noun after it, so not "by a third party").
// A qualifier may stand between ("fell by about a fifth").
const BY_BEFORE = new RegExp(String.raw`(?:^|\s)by${S}(?:(?:about|around|roughly|nearly|almost|approximately|some|over|under|more${S}than|less${S}than)${S})?$`);
const PHRASE_END_Y = new RegExp(String.raw`(?:${S_OPT}[.,;:)—–]|${S}(?:since|from|to|in|on|over|this|last|and|or|after|before|compared|between|during|while|as)(?![A-Za-z]))`, 'y');

// "only a third funded.", "two thirds complete": a share of a whole that a participle or a
// state ending its phrase says is done (not "a third armed group", an ordinal).
const STATE_Y = new RegExp(String.raw`${S}(?:\p{Ll}+ed|full|complete|empty)(?=${S_OPT}[.,;:)—–]|${S}(?:by|and|or|so|as|with|at)(?![A-Za-z]))`, 'uy');

function changedBy(text: string, pos: number, end: number): boolean {
  return BY_BEFORE.test(text.slice(Math.max(0, pos - 24), pos)) && sticky(PHRASE_END_Y, text, end) !== null;
}

/** A fraction in words at `pos`, as a percentage; null when there is none. */
export function fractionAt(text: string, pos: number): Core | null {
  const m = sticky(FRACTION_Y, text, pos);
  if (!m || m[1] === undefined || m[3] === undefined) return null;
  const first = text.charCodeAt(pos);
  if (first >= 65 && first <= 90 && !sentenceInitial(text, pos)) return null; // "the Three Quarters inn"
  const numerator = NUMERATORS.get(m[1].toLowerCase());
  const denominator = DENOMINATORS.get(m[3].toLowerCase());
  if (numerator === undefined || denominator === undefined || numerator >= denominator) return null;
  if ((numerator === 1) !== (m[4] === '')) return null; // "one third", "two thirds"
  const end = pos + m[0].length;
  const spaced = /\s/.test(m[2] ?? '');
  const article = m[1].length <= 2; // "a", "an"
  if (article && !spaced) return null;
  // Spaced forms are shares only before "of": "a third phase", "three quarters" of a game.
  if (spaced && !sticky(OF_Y, text, end) && !changedBy(text, pos, end) && !sticky(STATE_Y, text, end)) return null;
  if (sticky(OF_A_UNIT_Y, text, end)) return null; // "a quarter of an hour"
  return { start: pos, end, kind: 'number', form: 'percent', value: round((numerator / denominator) * 100), unit: '%' };
}
