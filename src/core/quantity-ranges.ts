// Two numbers read as one quantity: a dashed range or score ("10–15", "2-0"), "10 to 15",
// "between 10 and 15", and a proportion "one in five" (a percentage, 20).

import { type ParsedNumber, parseDigitsAt, parseNumberWordsAt, scaleWordAt } from './number-words';
import { type Core, type Outcome, PERCENT_Y, digitValue, isSkip, round, sticky, tail } from './quantity-parts';
import { MONEY_PREFIX_Y, moneyAt } from './quantity-money';
import { inSportsClause, isDigit, prevWord } from './quantity-context';
import { dayFirstDateAt, timeAt } from './dates';
import { findUnit, timeUnit } from './quantity-units';
import { comparedLevel } from './quantity-compared-ranges';
import { INLINE_SPACE as S } from './inline-space';

const DASH_NUMBER_Y = /[-\u2010\u2011\u2012\u2013\u2014]((?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)(?![\dA-Za-z]|[-\u2013]\d)/y;
const TO_Y = new RegExp(String.raw`${S}to${S}`, 'y');
const IN_Y = new RegExp(String.raw`${S}in${S}`, 'y');
const BETWEEN_Y = new RegExp(String.raw`between${S}`, 'iy');
const AND_Y = new RegExp(String.raw`${S}and${S}`, 'y');
const PERCENT_TO_Y = new RegExp(String.raw`(?:${S}to${S}|[^\S\n]?[-\u2013\u2014][^\S\n]?)(?=\d)`, 'y');

/** Two digit numbers joined by a dash: a range ("10–15"), or a score ("2-0") in sport. */
export function pairAt(text: string, start: number, end: number, low: number, lowDigits: number): Core | null {
  const m = sticky(DASH_NUMBER_Y, text, end);
  if (!m || m[1] === undefined) return null;
  let high = digitValue(m[1]);
  const stop = end + m[0].length;
  if (lowDigits === 4 && m[1].length === 2 && high < 100) {
    // "2023-24": the second year is written short.
    high += Math.floor(low / 100) * 100;
    if (high <= low) high += 100;
  }
  // A tally where the second side is not larger ("3-1", a "5-4" ruling) is a score too.
  if (high <= low || inSportsClause(text, start, stop)) {
    return { start, end: stop, kind: 'number', form: 'score', value: low, high, unit: null };
  }
  return scaledTail(text, start, stop, low, high);
}

function scaledTail(text: string, start: number, end: number, low: number, high: number): Core {
  const scale = scaleWordAt(text, end);
  const f = scale?.factor ?? 1;
  return tail(text, start, scale?.end ?? end, round(low * f), round(high * f));
}

function secondNumber(text: string, pos: number, words: boolean): ParsedNumber | null {
  if (words) return parseNumberWordsAt(text, pos);
  if (dayFirstDateAt(text, pos) || timeAt(text, pos)) return null; // "10 to 15 January"
  return parseDigitsAt(text, pos);
}

/** "10 to 15 years", "two to three days"; not "from 10 to 15", a change rather than a range. */
export function toRangeAt(text: string, start: number, end: number, low: number, words: boolean): Core | null {
  const to = sticky(TO_Y, text, end);
  if (!to) return null;
  const high = secondNumber(text, end + to[0].length, words);
  if (!high || high.value <= low) return null;
  if (prevWord(text, start)?.word.toLowerCase() === 'from' && !comparedLevel(text, start)) return null;
  return scaledTail(text, start, high.end, low, high.value);
}

/** "20% to 25%", "20%-25%": after a percentage (`low`), a second one makes a range; not
 *  "from 20% to 25%" (a change) nor "fell 25% to 20%" (the second not larger). */
export function percentRangeAt(text: string, low: Core): Core | null {
  const to = sticky(PERCENT_TO_Y, text, low.end);
  if (!to || low.value === null) return null;
  // "cut by 25 basis points to 2%": a change in points, then the level it led to.
  if (/points?$/i.test(text.slice(low.start, low.end))) return null;
  if (prevWord(text, low.start)?.word.toLowerCase() === 'from' && !comparedLevel(text, low.start)) return null;
  const highAt = low.end + to[0].length;
  const high = parseDigitsAt(text, highAt);
  if (!high || high.value <= low.value) return null;
  const pct = sticky(PERCENT_Y, text, high.end);
  if (!pct) return null;
  return { ...low, end: high.end + pct[0].length, form: 'range', high: high.value };
}

/** "one in five", "1 in 10": a proportion, given as a percentage. */
export function ratioAt(text: string, start: number, end: number, low: number, words: boolean): Core | null {
  const inWord = sticky(IN_Y, text, end);
  if (!inWord) return null;
  const high = secondNumber(text, end + inWord[0].length, words);
  if (!high || high.value <= low || high.value > 1000) return null;
  const unit = findUnit(text, high.end);
  if (unit && timeUnit(unit.unit) !== null) return null; // "3 in 10 days"
  return { start, end: high.end, kind: 'number', form: 'percent', value: round((low / high.value) * 100), unit: '%' };
}

/** "$22 billion and $23 billion" after "between": one sum from low to high, in one
 *  currency; a bare low side takes the high side's scale ("$22 and $23 billion"). */
function moneyBetween(text: string, pos: number, lowAt: number): Core | null {
  const low = moneyAt(text, lowAt);
  if (low === null || isSkip(low) || low.form !== 'money' || low.value === null) return null;
  const and = sticky(AND_Y, text, low.end);
  if (!and) return null;
  const high = moneyAt(text, low.end + and[0].length);
  if (high === null || isSkip(high) || high.form !== 'money' || high.value === null || high.unit !== low.unit) return null;
  const scale = (q: Core, at: number): number => {
    const digits = parseDigitsAt(text, at + (sticky(MONEY_PREFIX_Y, text, at)?.[0].length ?? 0));
    return digits && digits.value !== 0 ? (q.value as number) / digits.value : 1;
  };
  const highScale = scale(high, low.end + and[0].length);
  const lowValue = scale(low, lowAt) === 1 && highScale > 1 ? round(low.value * highScale) : low.value;
  if (high.value <= lowValue) return null;
  return { start: pos, end: high.end, kind: 'number', form: 'range', value: lowValue, high: high.value, unit: low.unit };
}

/** "between 10 and 15 people", "between $22 billion and $23 billion". */
export function betweenAt(text: string, pos: number): Outcome {
  const b = sticky(BETWEEN_Y, text, pos);
  if (!b) return null;
  const lowAt = pos + b[0].length;
  if (sticky(MONEY_PREFIX_Y, text, lowAt)) return moneyBetween(text, pos, lowAt);
  const low = parseDigitsAt(text, lowAt) ?? parseNumberWordsAt(text, lowAt);
  if (!low) return null;
  // "between 20% and 25%": a sign on the low side needs one on the high side.
  const lowPercent = sticky(PERCENT_Y, text, low.end);
  const lowEnd = low.end + (lowPercent?.[0].length ?? 0);
  const and = sticky(AND_Y, text, lowEnd);
  if (!and) return null;
  const high = secondNumber(text, lowEnd + and[0].length, !isDigit(text.charCodeAt(lowAt)));
  if (!high || high.value <= low.value) return null;
  const range = scaledTail(text, pos, high.end, low.value, high.value);
  return lowPercent && range.unit !== '%' ? null : range;
}
