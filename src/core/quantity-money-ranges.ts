// "$1.7 billion to $1.9 billion", "$40 to $45 a share": two sums in one currency joined by
// "to" are one range, as "between $22 billion and $23 billion" and "50 to 60 mph" are. A
// change keeps its two sums apart: "from $40 to $45", "cut by $2 billion to $5 billion",
// "shares fell $3 to $45" (a move, then the level it reached).

import { type Outcome, isSkip, round, sticky } from './quantity-parts';
import { MONEY_PREFIX_Y, moneyAt } from './quantity-money';
import { parseDigitsAt } from './number-words';
import { prevWord } from './quantity-context';
import { comparedLevel } from './quantity-compared-ranges';
import { INLINE_SPACE as S } from './inline-space';

const TO_Y = new RegExp(String.raw`${S}to${S}`, 'y');
// Words before the first sum that make it a change, not the low end of a range.
const CHANGE_BEFORE = new Set(
  ('from by rose rise rises rising fell fall falls falling gained gain gains lost lose loses jumped jump jumps ' +
    'climbed climb climbs dropped drop drops slipped slid sank soared surged added adding increased increase ' +
    'decreased decrease cut cuts raised raise raises lowered lower lowers up down grew grow grows shrank widened narrowed')
    .split(' '),
);

/** The sum at `pos`, or the range it opens when "to" and a second sum of its currency follow. */
export function moneyOrRangeAt(text: string, pos: number): Outcome {
  const low = moneyAt(text, pos);
  if (low === null || isSkip(low) || low.form !== 'money' || low.value === null) return low;
  const to = sticky(TO_Y, text, low.end);
  if (!to) return low;
  const highAt = low.end + to[0].length;
  const high = moneyAt(text, highAt);
  if (high === null || isSkip(high) || high.form !== 'money' || high.value === null || high.unit !== low.unit) return low;
  const before = prevWord(text, pos);
  if (before && CHANGE_BEFORE.has(before.word.toLowerCase()) && !comparedLevel(text, pos)) return low;
  // "$4 to $5 billion": a bare low side takes the high side's scale.
  const bare = (at: number, value: number): number => {
    const digits = parseDigitsAt(text, at + (sticky(MONEY_PREFIX_Y, text, at)?.[0].length ?? 0));
    return digits && digits.value !== 0 ? value / digits.value : 1;
  };
  const highScale = bare(highAt, high.value);
  const lowValue = bare(pos, low.value) === 1 && highScale > 1 ? round(low.value * highScale) : low.value;
  if (high.value <= lowValue) return low;
  return { start: pos, end: high.end, kind: 'number', form: 'range', value: lowValue, high: high.value, unit: low.unit };
}
