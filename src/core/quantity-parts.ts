// Building blocks the quantity parser shares between its digit, word, money and range
// readers: the result shape before a qualifier is attached, and what may follow a number
// ("%", a currency word, the counted noun, a "-day" compound).

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';
import { currencyOfCountry, WORD_PATTERN } from './quantity-currencies';
import { antecedentUnit, CURRENCY_WORD, designatedUnit, findUnit, partitiveUnit, timeUnit } from './quantity-units';

/** A parsed quantity before its qualifier and surface text are attached. */
export type Core = Omit<Quantity, 'text' | 'qualifier'>;
/** Not a quantity, and nothing inside [pos, skip) is one either ("COVID-19"). */
export interface Skip {
  skip: number;
}
export type Outcome = Core | Skip | null;

export const PERCENT_Y =
  new RegExp(String.raw`[^\S\n]?%|${S}per[^\S\n]?cent(?![A-Za-z])|${S}percent(?:age${S}points?)?(?![A-Za-z])|${S}pct(?![A-Za-z])`, 'iy');
// A hundredth of a percentage point: "25 basis points" is 0.25 points, kept as a share.
const BASIS_POINTS_Y = new RegExp(String.raw`${S}basis${S}points?(?![A-Za-z])`, 'iy');
const CURRENCY_WORD_Y = new RegExp(`${S}(${WORD_PATTERN})(?![A-Za-z])`, 'y');
// "115 million Swiss francs", "2 billion Hong Kong dollars": a currency named with its
// country's adjective. The unit keeps the adjective, so "Australian dollars" never meets US
// dollars; one or two capitalised words, then a currency word in lower case.
const LOWER_CURRENCY_WORDS = WORD_PATTERN.split('|').filter((w) => w === w.toLowerCase()).join('|');
const NAMED_CURRENCY_Y = new RegExp(String.raw`${S}((?:\p{Lu}\p{Ll}+${S}){1,2})(${LOWER_CURRENCY_WORDS})(?![A-Za-z])`, 'uy');
// "10 US dollars", "5 billion U.S. dollars", "HK dollars": a currency word after its
// country's two-letter code. ISO 4217 codes a currency by its country's code and one letter
// (USD, HKD, CHF), so the code picks the currency; a code the list has no currency for keeps
// itself in the unit, as the adjective does above.
const CODED_CURRENCY_Y = new RegExp(String.raw`${S}(\p{Lu}{2}|\p{Lu}\.\p{Lu}\.)${S}(${LOWER_CURRENCY_WORDS})(?![A-Za-z])`, 'uy');
const CURRENCY_OF_COUNTRY = new Map([...new Set(CURRENCY_WORD.values())].map((code) => [code.slice(0, 2), code]));
const OLD_Y = new RegExp(String.raw`${S}old(?![A-Za-z])`, 'y');
// "100 mph", "800 MW": a unit's abbreviation after a space ends the figure as it does glued
// ("70mph"); none of these is a word, so it cannot be a noun the figure only comes before.
const SPACED_MEASURE_Y = new RegExp(String.raw`${S}(mph|kph|km\/h|kmh|mw|gw|kw|kwh)(?![A-Za-z/])`, 'iy');
export const DASH_WORD_Y = /[-\u2010\u2011]([A-Za-z]+)(?:[-\u2010\u2011](old|long)(?![A-Za-z]))?(?![A-Za-z-])/y;

/** Runs a precompiled sticky regex at `pos`: the parser tries many forms at each offset, and
 *  a sticky regex reads there without slicing the text or compiling anew. */
export function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function isSkip(o: Outcome): o is Skip {
  return o !== null && 'skip' in o;
}

/** Scaled decimals exactly: 1.2 × 1e6 is 1_200_000, not 1199999.9999. */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** "47,498" written "47,498" → 47498. */
export function digitValue(raw: string): number {
  return Number(raw.replaceAll(',', ''));
}

export function count(start: number, end: number, value: number, unit: string | null): Core {
  return { start, end, kind: 'number', form: 'count', value, unit };
}

/** After a number (and its scale): %, a currency word, or the counted noun. */
export function tail(text: string, start: number, end: number, value: number, high?: number): Core {
  const withHigh = (c: Core): Core => (high === undefined ? c : { ...c, form: 'range', high });
  const pct = sticky(PERCENT_Y, text, end);
  if (pct) return withHigh({ start, end: end + pct[0].length, kind: 'number', form: 'percent', value, unit: '%' });
  const bp = sticky(BASIS_POINTS_Y, text, end);
  if (bp) {
    const points = { start, end: end + bp[0].length, kind: 'number', form: 'percent', value: round(value / 100), unit: '%' } as const;
    return high === undefined ? points : { ...points, form: 'range', high: round(high / 100) };
  }
  const cur = sticky(CURRENCY_WORD_Y, text, end);
  if (cur?.[1] !== undefined) {
    const code = CURRENCY_WORD.get(cur[1].toLowerCase()) ?? 'USD';
    return withHigh({ start, end: end + cur[0].length, kind: 'number', form: 'money', value, unit: code });
  }
  const named = sticky(NAMED_CURRENCY_Y, text, end);
  if (named?.[1] !== undefined && named[2] !== undefined) {
    const unit = currencyOfCountry(named[1], named[2]) ?? `${named[1].trim().replace(/\s+/g, ' ')} ${named[2]}`.toLowerCase();
    return withHigh({ start, end: end + named[0].length, kind: 'number', form: 'money', value, unit });
  }
  const coded = sticky(CODED_CURRENCY_Y, text, end);
  if (coded?.[1] !== undefined && coded[2] !== undefined) {
    const country = coded[1].replaceAll('.', '');
    const unit = currencyOfCountry(country, coded[2]) ?? CURRENCY_OF_COUNTRY.get(country) ?? `${country} ${coded[2]}`.toLowerCase();
    return withHigh({ start, end: end + coded[0].length, kind: 'number', form: 'money', value, unit });
  }
  const measure = sticky(SPACED_MEASURE_Y, text, end);
  if (measure?.[1] !== undefined) return withHigh(count(start, end + measure[0].length, value, measure[1].toLowerCase()));
  const unit = findUnit(text, end, value === 1 && high === undefined);
  if (!unit) return withHigh(count(start, end, value, partitiveUnit(text, end) ?? antecedentUnit(text, start)));
  const spanEnd = unit.direct ? unit.end : end;
  const old = unit.direct && timeUnit(unit.unit) === 'year' ? sticky(OLD_Y, text, unit.end) : null;
  if (old) return withHigh(count(start, unit.end + old[0].length, value, `${unit.unit} old`)); // an age
  const isDuration = unit.direct && timeUnit(unit.unit) !== null;
  if (isDuration) return withHigh({ ...count(start, spanEnd, value, unit.unit), form: 'duration' });
  return withHigh(count(start, spanEnd, value, designatedUnit(text, unit.end) ?? unit.unit));
}

const WORD_COMPOUND_IDIOMS = new Set('state way tier fold faced sided party thirds quarters fifths'.split(' '));

/** "42-day", "2,000-pound", "8-year-old", "15-month-long"; after number words time units
 *  ("six-week") and counted things ("five-match"), not idioms ("two-state"). */
export function compound(text: string, start: number, end: number, value: number, wordsOnly: boolean): Core | null {
  const m = sticky(DASH_WORD_Y, text, end);
  const w = m?.[1];
  if (!m || w === undefined) return null;
  const lw = w.toLowerCase();
  const stop = end + m[0].length;
  const time = timeUnit(lw) !== null;
  if (m[2] === 'old') return time ? count(start, stop, value, `${lw}-old`) : null; // an age
  if (time) return { start, end: stop, kind: 'number', form: 'duration', value, unit: lw };
  if (m[2] !== undefined) return null;
  if (w !== lw) return null;
  // After number words, a count of things ("five-match series", "two-child limit"), but
  // not "one-" compounds ("one-sided", "one-off") nor set phrases ("two-state solution").
  if (wordsOnly && (value === 1 || WORD_COMPOUND_IDIOMS.has(lw))) return null;
  return count(start, stop, value, lw);
}
