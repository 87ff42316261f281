// Quantity parser: counts, money, percentages, ranges, scores, ordinals, durations, dates,
// years and clock times, with their qualifier and counted noun (spans per
// docs/annotation-guidelines.md). One left-to-right pass: a global trigger regex stops at
// digits, currency signs and words; a trigger parses with sticky regexes at that offset and
// the scan resumes after what it consumed. No regex is built per call, none backtracks
// over more than a word or two, so 50k-word pages stay linear. Written by hand, not with
// chrono-node or similar, which are far too big for the content script.

import { overMeansDuring } from './quantity-over';
import { overIsNoQualifier } from './quantity-over-particle';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';
import { dayFirstDateAt, monthFirstDateAt, monthNumber, timeAt } from './dates';
import { isNumberWord, parseDigitsAt, scaleWordAt } from './number-words';
import { endOfRun, gluedToLetters, isDigit, namedByCapital, namedByHead } from './quantity-context';
import { MONEY_PREFIX_Y, SCALE_SUFFIX } from './quantity-money';
import { moneyOrRangeAt } from './quantity-money-ranges';
import { type Outcome, compound, count, isSkip, round, sticky, tail } from './quantity-parts';
import { fractionAt } from './quantity-fractions';
import { modelNumberInList } from './quantity-models';
import { distanceMoved } from './quantity-team-distances';
import { betweenAt, pairAt, percentRangeAt, ratioAt, toRangeAt } from './quantity-ranges';
import { SIGN_CHARS } from './quantity-currencies';
import { CURRENCY_PREFIX, directUnitNoun } from './quantity-units';
import { afterYearPreposition, yearsLevels } from './quantity-years';
import { modifiedSingular } from './quantity-modified-ones';
import { gappedList } from './quantity-gapped-lists';
import { wordsAt } from './quantity-word-numbers';
import { elliptical } from './quantity-ellipsis';
import { signedTemperature } from './quantity-temperatures';

const TRIGGER = new RegExp(`\\d|[$${SIGN_CHARS}]|[A-Za-z]+`, 'g');
const QUALIFIER_Y = new RegExp(
  `(at${S}least|more${S}than|fewer${S}than|less${S}than|up${S}to|as${S}many${S}as|over|nearly|almost|some|around|about|approximately|roughly|under)${S}`,
  'iy',
);
const QUALIFIER_HEADS = new Set(
  'at more fewer less up as over nearly almost some around about approximately roughly under'.split(' '),
);
// Glued scale without a currency: "1.2bn people" (a glued m/b/k needs a currency sign).
const PLAIN_SCALE_Y = /(bn|mn|tn)(?![A-Za-z])/y;
const ORDINAL_Y = /(?:st|nd|rd|th)(?![A-Za-z])/y;
const MEASURE_Y = /(km|kg|cm|mm|mph|kph|kmh|ft|lbs?|mw|gw|kw|kwh)(?![A-Za-z])/iy;
const TEMPERATURE_Y = /[^\S\n]?°[^\S\n]?([CF])?(?![A-Za-z])|([CF])(?![A-Za-z])/y;
const LETTERS_Y = /[A-Za-z]/y;
const SPACE_RUNS = new RegExp(S, 'g');

// "finished the season 10-3": after "the" and a head, a tally whose second side is not
// larger is a record, not the head's number ("season 3", "round 2").
const TALLY_AFTER_Y = /[-\u2013](\d{1,3})(?![\d.,]\d)/y;
const THE_HEAD_BEFORE = /(?:^|\s)the\s+\p{L}+\s+$/u;

function recordAfterThe(text: string, pos: number, end: number, value: number): boolean {
  const m = sticky(TALLY_AFTER_Y, text, end);
  return m?.[1] !== undefined && Number(m[1]) <= value && THE_HEAD_BEFORE.test(text.slice(Math.max(0, pos - 30), pos));
}

/** A number written with digits at `pos`. */
function digitsAt(text: string, pos: number): Outcome {
  if (gluedToLetters(text, pos)) return { skip: endOfRun(text, pos) };
  const run = parseDigitsAt(text, pos);
  if (!run) return null;
  const next = text.charCodeAt(run.end);
  if (next === 47 && isDigit(text.charCodeAt(run.end + 1))) return { skip: endOfRun(text, pos) }; // "24/7"
  if (namedByHead(text, pos) && !recordAfterThe(text, pos, run.end, run.value)) return { skip: endOfRun(text, pos) };
  const dated = dayFirstDateAt(text, pos) ?? timeAt(text, pos);
  if (dated) return { start: pos, end: dated.end, kind: 'date', form: dated.form, value: null, unit: null, iso: dated.iso };
  let { value, end } = run;
  if (sticky(LETTERS_Y, text, end)) {
    const ord = sticky(ORDINAL_Y, text, end);
    if (ord && !run.decimal) return { start: pos, end: end + ord[0].length, kind: 'number', form: 'ordinal', value, unit: null };
    const scale = sticky(PLAIN_SCALE_Y, text, end);
    if (scale?.[1] !== undefined) return tail(text, pos, end + scale[0].length, round(value * (SCALE_SUFFIX.get(scale[1]) ?? 1)));
    const measure = sticky(MEASURE_Y, text, end);
    if (measure?.[1] !== undefined) return count(pos, end + measure[0].length, value, measure[1].toLowerCase());
    const temp = sticky(TEMPERATURE_Y, text, end);
    if (temp) return count(pos, end + temp[0].length, value, `°${(temp[1] ?? temp[2] ?? '').toLowerCase()}`);
    return { skip: endOfRun(text, pos) }; // "5G", "737MAX"
  }
  const temp = text.charCodeAt(end) === 0xb0 || text.charCodeAt(end + 1) === 0xb0 ? sticky(TEMPERATURE_Y, text, end) : null;
  if (temp) return count(pos, end + temp[0].length, value, `°${(temp[1] ?? '').toLowerCase()}`);
  // Years before 1900 are years only after a year's preposition ("the Black Hawk War of 1832",
  // "since 1789"); news groups the digits of counts that size ("1,832 people").
  const yearLike = run.intDigits === 4 && !run.grouped && !run.decimal && value <= 2100 &&
    (value >= 1900 || (value >= 1000 && afterYearPreposition(text, pos)));
  const pair = pairAt(text, pos, end, value, run.intDigits)
    ?? (yearLike ? null : toRangeAt(text, pos, end, value, false) ?? ratioAt(text, pos, end, value, false));
  if (pair) return pair;
  const comp = compound(text, pos, end, value, false);
  if (comp) return comp;
  const scale = scaleWordAt(text, end);
  if (scale) {
    value = round(value * scale.factor);
    end = scale.end;
  } else if (yearLike) {
    const afterPreposition = afterYearPreposition(text, pos);
    if (afterPreposition || !directUnitNoun(text, end) || yearsLevels(text, pos, end)) {
      if (!afterPreposition && namedByCapital(text, pos)) return { skip: end }; // "Vision 2030"
      return { start: pos, end, kind: 'date', form: 'year', value: null, unit: null, iso: String(value) };
    }
  }
  const result = modifiedSingular(text, end, tail(text, pos, end, value));
  if (result.form === 'percent') return percentRangeAt(text, result) ?? result;
  // "Boeing 737", "Channel 12": a bare figure after a capitalised word inside a sentence,
  // also before the noun it would count ("seven Ariane 6 missions", "Falcon 9 launches"): a
  // count of three digits at most is a model number there, not a count.
  const bare = !run.grouped && !run.decimal && !scale && (result.unit === null || run.intDigits <= 3);
  if (result.form === 'count' && bare && namedByCapital(text, pos) && !gappedList(text, pos) && !distanceMoved(text, pos, result.unit)) {
    return { skip: end };
  }
  if (result.form === 'count' && bare && modelNumberInList(text, pos, run.end)) return { skip: end };
  return result;
}

function numberAt(text: string, pos: number): Outcome {
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return digitsAt(text, pos);
  const m = sticky(MONEY_PREFIX_Y, text, pos);
  if (m) return moneyOrRangeAt(text, pos);
  return fractionAt(text, pos) ?? wordsAt(text, pos);
}

/** "at least 50 militants": the qualifier joins numbers and times, not dates or years. */
function qualifiedAt(text: string, pos: number): Quantity | Outcome {
  const q = sticky(QUALIFIER_Y, text, pos);
  if (!q || q[1] === undefined) return null;
  const inner = numberAt(text, pos + q[0].length);
  if (inner === null || isSkip(inner)) return inner;
  if (inner.form === 'date' || inner.form === 'year') return inner;
  const qualifier = q[1].toLowerCase().replace(SPACE_RUNS, ' ');
  // "over four years" after a noun, a verb or a figure is "during" (quantity-over).
  if (qualifier === 'over' && (overMeansDuring(text, pos, inner) || overIsNoQualifier(text, pos, text.slice(inner.start, inner.start + 40)))) return inner;
  return { ...inner, start: pos, text: '', qualifier };
}

function matchAt(text: string, pos: number, token: string): Quantity | Outcome {
  const c = token.charCodeAt(0);
  if (isDigit(c)) return digitsAt(text, pos);
  if (c === 36 || c > 127) return moneyOrRangeAt(text, pos);
  const lower = token.toLowerCase();
  if (monthNumber(token) !== null) {
    const d = monthFirstDateAt(text, pos);
    return d ? { start: pos, end: d.end, kind: 'date', form: 'date', value: null, unit: null, iso: d.iso } : null;
  }
  if (QUALIFIER_HEADS.has(lower)) {
    const q = qualifiedAt(text, pos);
    if (q !== null) return q;
  }
  if (lower === 'between') return betweenAt(text, pos);
  if (token === 'US' || (token.length === 3 && CURRENCY_PREFIX.has(token)) || (text[pos + token.length] === '$' && CURRENCY_PREFIX.has(`${token}$`))) return moneyOrRangeAt(text, pos);
  // "two-thirds", "a third of": a share; else "two officials".
  if (lower === 'a' || lower === 'an' || isNumberWord(lower)) return fractionAt(text, pos) ?? (isNumberWord(lower) ? wordsAt(text, pos) : null);
  return null;
}

/** Every quantity in `text`, sorted by start, non-overlapping. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const trigger = TRIGGER;
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const pos = m.index;
    const found = matchAt(text, pos, m[0]);
    if (found === null) {
      if (isDigit(m[0].charCodeAt(0))) trigger.lastIndex = endOfRun(text, pos);
      continue;
    }
    if (isSkip(found)) {
      trigger.lastIndex = Math.max(found.skip, pos + 1);
      continue;
    }
    const quantity: Quantity = {
      ...found,
      text: text.slice(found.start, found.end),
      qualifier: 'qualifier' in found ? found.qualifier : null,
    };
    out.push(signedTemperature(text, elliptical(text, quantity, out))); // quantity-temperatures.ts
    trigger.lastIndex = found.end;
  }
  return out;
}
