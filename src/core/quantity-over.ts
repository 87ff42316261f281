// "over" before a length of time: "more than" after these ("holding for over two weeks",
// "after over a year"); after a noun, a verb or a figure it means "during" ("buy $750 billion
// of energy over three years", "raised pay by 25% over four years") and stays outside the
// figure. A stretch counted in periods of a season or a year ("over eight quarters", "13
// batters over seven innings") is a length of time too.

import { prevWord } from './quantity-context';
import type { Core } from './quantity-parts';
import { INLINE_SPACE as S } from './inline-space';

const OVER_AS_MORE_AFTER = new Set('for of after within in than that lasting lasted last took taking spent just'.split(' '));
const PERIODS = new Set('quarters innings laps rounds seasons terms sessions'.split(' '));
const FIGURE_BEFORE = new RegExp(String.raw`[\d%]${S}$`);

// Stretches of play or of nights a figure right before is spread over ("won by 31 imps over
// 60 boards", "prize money of $40,000 over three nights"); without that figure "over" may be
// "more than" ("played over 60 boards"), so only after one.
const STRETCHES = new Set('boards deals holes frames legs stages nights evenings'.split(' '));
const FIGURE_AND_UNIT_BEFORE = new RegExp(String.raw`(?:[\d%]${S}|\d${S}(?:\p{L}+${S}){1,2})$`, 'u');
// A preposition between that figure and "over" makes it "more than" again: "5 firms with over
// 60 boards", "4 seats on over 60 boards".
const MORE_AFTER_PREPOSITION = new Set('with on at to by from among across into'.split(' '));

function stretchOver(text: string, pos: number): boolean {
  const prev = prevWord(text, pos);
  if (prev !== null && (OVER_AS_MORE_AFTER.has(prev.word.toLowerCase()) || MORE_AFTER_PREPOSITION.has(prev.word.toLowerCase()))) return false;
  return FIGURE_AND_UNIT_BEFORE.test(text.slice(Math.max(0, pos - 40), pos));
}

/** Whether "over" at `pos`, before `inner`, means "during" and is no qualifier. */
export function overMeansDuring(text: string, pos: number, inner: Pick<Core, 'form' | 'unit'>): boolean {
  if (inner.form === 'count' && STRETCHES.has((inner.unit ?? '').toLowerCase())) return stretchOver(text, pos);
  const period = inner.form === 'duration' || (inner.form === 'count' && PERIODS.has((inner.unit ?? '').toLowerCase()));
  if (!period) return false;
  const prev = prevWord(text, pos);
  if (prev === null) return FIGURE_BEFORE.test(text.slice(Math.max(0, pos - 4), pos));
  return !prev.dotted && !OVER_AS_MORE_AFTER.has(prev.word.toLowerCase());
}
