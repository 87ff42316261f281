// Quantity parser: counts, money, percentages, ranges, scores, ordinals, durations, dates,
// years and clock times, with their qualifier and counted noun (spans per
// docs/annotation-guidelines.md). One left-to-right pass: a global trigger regex stops at
// digits, currency signs and words; a trigger parses with sticky regexes at that offset and
// the scan resumes after what it consumed. No regex is built per call, none backtracks
// over more than a word or two, so 50k-word pages stay linear. Written by hand, not with
// chrono-node or similar, which are far too big for the content script.

import type { Quantity } from './types';
import { dayFirstDateAt, monthFirstDateAt, monthNumber, timeAt } from './dates';
import { isNumberWord, parseDigitsAt, parseNumberWordsAt, scaleWordAt } from './number-words';
import {
  endOfRun, gluedToLetters, inSportsClause, isDigit, namedByCapital, namedByHead, prevWord,
} from './quantity-context';
import { CURRENCY_PREFIX, CURRENCY_WORD, daysPer, directUnitNoun, findUnit, timeUnit } from './quantity-units';

export { parseNumberWords } from './number-words';

/** A parsed quantity before its qualifier is attached. */
type Core = Omit<Quantity, 'text' | 'qualifier'>;
/** Not a quantity, and nothing inside [pos, skip) is one either ("COVID-19"). */
interface Skip {
  skip: number;
}
type Outcome = Core | Skip | null;

const TRIGGER = /\d|[$€£₪]|[A-Za-z]+/g;
const QUALIFIER_Y =
  /(at[^\S\n]+least|more[^\S\n]+than|fewer[^\S\n]+than|less[^\S\n]+than|up[^\S\n]+to|as[^\S\n]+many[^\S\n]+as|over|nearly|almost|some|around|about|approximately|roughly|under)[^\S\n]+/iy;
const QUALIFIER_HEADS = new Set(
  'at more fewer less up as over nearly almost some around about approximately roughly under'.split(' '),
);
const BETWEEN_Y = /between[^\S\n]+/iy;
const AND_Y = /[^\S\n]+and[^\S\n]+/y;
const MONEY_PREFIX_Y = /(US[^\S\n]?\$|\$|€|£|₪|USD|EUR|GBP|ILS|NIS)[^\S\n]?(?=\d)/y;
// Glued scale after a number: "$1.5bn", "€200m", "1.2bn people". m/b/k only with money.
const MONEY_SCALE_Y = /(bn|mn|tn|trn|m|b|k)(?![A-Za-z])/iy;
const PLAIN_SCALE_Y = /(bn|mn|tn)(?![A-Za-z])/y;
const SCALE_SUFFIX: Record<string, number> = { bn: 1e9, b: 1e9, mn: 1e6, m: 1e6, k: 1e3, tn: 1e12, trn: 1e12 };
const ORDINAL_Y = /(?:st|nd|rd|th)(?![A-Za-z])/y;
const MEASURE_Y = /(km|kg|cm|mm|mph|kph|kmh|ft|lbs?|mw|gw|kw|kwh)(?![A-Za-z])/iy;
const TEMPERATURE_Y = /[^\S\n]?°[^\S\n]?([CF])?(?![A-Za-z])|([CF])(?![A-Za-z])/y;
const PERCENT_Y =
  /[^\S\n]?%|[^\S\n]+per[^\S\n]?cent(?![A-Za-z])|[^\S\n]+percent(?:age[^\S\n]+points?)?(?![A-Za-z])|[^\S\n]+pct(?![A-Za-z])/iy;
const CURRENCY_WORD_Y = /[^\S\n]+(dollars?|euros?|pounds?|shekels?|sheqels|NIS|USD|EUR|GBP|ILS)(?![A-Za-z])/y;
const DASH_NUMBER_Y = /[-\u2010\u2011\u2012\u2013\u2014]((?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)(?![\dA-Za-z]|[-\u2013]\d)/y;
const DASH_WORD_Y = /[-\u2010\u2011]([A-Za-z]+)(?:[-\u2010\u2011](old)(?![A-Za-z]))?(?![A-Za-z-])/y;
const LETTERS_Y = /[A-Za-z]/y;
// A preposition before a four-digit number makes it a year even before a noun.
const YEAR_PREPOSITIONS = new Set('in since by until till before after from of during through throughout mid early late'.split(' '));
const PRONOUN_ONE_BEFORE = new Set('no any every each the this that which someone anyone'.split(' '));
const ONE_AFTER_Y = /[^\S\n]+(?:of|another)(?![A-Za-z])/iy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function isSkip(o: Outcome): o is Skip {
  return o !== null && 'skip' in o;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function count(start: number, end: number, value: number, unit: string | null): Core {
  return { start, end, kind: 'number', form: 'count', value, unit };
}

/** After a number (and its scale): %, currency word, or the counted noun. */
function tail(text: string, start: number, end: number, value: number, high?: number): Core {
  const form = high === undefined ? 'count' : 'range';
  const withHigh = (c: Core): Core => (high === undefined ? c : { ...c, form: 'range', high });
  const pct = sticky(PERCENT_Y, text, end);
  if (pct) return withHigh({ start, end: end + pct[0].length, kind: 'number', form: 'percent', value, unit: '%' });
  const cur = sticky(CURRENCY_WORD_Y, text, end);
  if (cur?.[1] !== undefined) {
    const code = CURRENCY_WORD[cur[1].toLowerCase()] ?? 'USD';
    return withHigh({ start, end: end + cur[0].length, kind: 'number', form: 'money', value, unit: code });
  }
  const unit = findUnit(text, end);
  if (!unit) return withHigh({ ...count(start, end, value, null), form });
  const spanEnd = unit.direct ? unit.end : end;
  const isDuration = unit.direct && timeUnit(unit.unit) !== null;
  return withHigh({ ...count(start, spanEnd, value, unit.unit), form: isDuration ? 'duration' : form });
}

/** "42-day", "2,000-pound", "8-year-old"; words only for time units ("six-week"). */
function compound(text: string, start: number, end: number, value: number, wordsOnly: boolean): Core | null {
  const m = sticky(DASH_WORD_Y, text, end);
  const w = m?.[1];
  if (!m || w === undefined) return null;
  const lw = w.toLowerCase();
  const stop = end + m[0].length;
  if (m[2] !== undefined) return lw === 'year' ? count(start, stop, value, 'year-old') : null;
  if (timeUnit(lw) !== null) return { start, end: stop, kind: 'number', form: 'duration', value, unit: lw };
  if (wordsOnly || w !== lw) return null;
  return count(start, stop, value, lw);
}

/** Two digit numbers joined by a dash: a range ("10–15"), or a score ("2-0") in sport. */
function pairAt(text: string, start: number, end: number, low: number, lowDigits: number): Core | null {
  const m = sticky(DASH_NUMBER_Y, text, end);
  if (!m || m[1] === undefined) return null;
  let high = Number(m[1].replace(/,/g, ''));
  const stop = end + m[0].length;
  if (lowDigits === 4 && m[1].length === 2 && high < 100) {
    // "2023-24": the second year is written short.
    high += Math.floor(low / 100) * 100;
    if (high <= low) high += 100;
  }
  if (inSportsClause(text, start, stop) || high <= low) {
    return { start, end: stop, kind: 'number', form: 'score', value: low, high, unit: null };
  }
  const scale = scaleWordAt(text, stop);
  if (scale) return tail(text, start, scale.end, round(low * scale.factor), round(high * scale.factor));
  return tail(text, start, stop, low, high);
}

/** A number written with digits at `pos`. */
function digitsAt(text: string, pos: number): Outcome {
  if (gluedToLetters(text, pos)) return { skip: endOfRun(text, pos) };
  const run = parseDigitsAt(text, pos);
  if (!run) return null;
  const next = text.charCodeAt(run.end);
  if (next === 47 && isDigit(text.charCodeAt(run.end + 1))) return { skip: endOfRun(text, pos) }; // "24/7"
  if (namedByHead(text, pos)) return { skip: endOfRun(text, pos) };
  const dated = dayFirstDateAt(text, pos) ?? timeAt(text, pos);
  if (dated) return { start: pos, end: dated.end, kind: 'date', form: dated.form, value: null, unit: null, iso: dated.iso };
  let { value, end } = run;
  if (sticky(LETTERS_Y, text, end)) {
    const ord = sticky(ORDINAL_Y, text, end);
    if (ord && !run.decimal) return { start: pos, end: end + ord[0].length, kind: 'number', form: 'ordinal', value, unit: null };
    const scale = sticky(PLAIN_SCALE_Y, text, end);
    if (scale?.[1] !== undefined) return tail(text, pos, end + scale[0].length, round(value * (SCALE_SUFFIX[scale[1]] ?? 1)));
    const measure = sticky(MEASURE_Y, text, end);
    if (measure?.[1] !== undefined) return count(pos, end + measure[0].length, value, measure[1].toLowerCase());
    const temp = sticky(TEMPERATURE_Y, text, end);
    if (temp) return count(pos, end + temp[0].length, value, `°${(temp[1] ?? temp[2] ?? '').toLowerCase()}`);
    return { skip: endOfRun(text, pos) }; // "5G", "737MAX"
  }
  const temp = text.charCodeAt(end) === 0xb0 || text.charCodeAt(end + 1) === 0xb0 ? sticky(TEMPERATURE_Y, text, end) : null;
  if (temp) return count(pos, end + temp[0].length, value, `°${(temp[1] ?? '').toLowerCase()}`);
  const pair = pairAt(text, pos, end, value, run.intDigits);
  if (pair) return pair;
  const comp = compound(text, pos, end, value, false);
  if (comp) return comp;
  const scale = scaleWordAt(text, end);
  if (scale) {
    value = round(value * scale.factor);
    end = scale.end;
  } else if (run.intDigits === 4 && !run.grouped && !run.decimal && value >= 1900 && value <= 2100) {
    const prev = prevWord(text, pos);
    const afterPreposition = prev !== null && YEAR_PREPOSITIONS.has(prev.word.toLowerCase());
    if (afterPreposition || !directUnitNoun(text, end)) {
      if (!afterPreposition && namedByCapital(text, pos)) return { skip: end }; // "Vision 2030"
      return { start: pos, end, kind: 'date', form: 'year', value: null, unit: null, iso: String(value) };
    }
  }
  const result = tail(text, pos, end, value);
  // "Boeing 737", "Channel 12": a bare figure after a capitalised word inside a sentence.
  if (result.form === 'count' && result.unit === null && !run.grouped && !run.decimal && !scale && namedByCapital(text, pos)) {
    return { skip: end };
  }
  return result;
}

/** A number written in words at `pos`: "two officials", "forty-two", "six weeks". */
function wordsAt(text: string, pos: number): Outcome {
  const parsed = parseNumberWordsAt(text, pos);
  if (!parsed) return null;
  const { value, end } = parsed;
  if (namedByHead(text, pos)) return null; // "phase two"
  const first = text.charCodeAt(pos);
  if (first >= 65 && first <= 90 && namedByCapital(text, pos)) return null; // "Air Force One"
  const comp = compound(text, pos, end, value, true);
  if (comp) return comp;
  if (sticky(DASH_WORD_Y, text, end)) return null; // "two-state", "one-sided"
  const result = tail(text, pos, end, value);
  if (value === 1 && end - pos === 3) {
    // Pronoun and idiom "one": "one of the officials said", "no one", "one another".
    if (sticky(ONE_AFTER_Y, text, end)) return null;
    const prev = prevWord(text, pos);
    if (prev && PRONOUN_ONE_BEFORE.has(prev.word.toLowerCase())) return null;
    if (result.unit === null) return null;
  }
  return result;
}

/** "$1.5bn", "€200 million", "NIS 200", "US$ 5". */
function moneyAt(text: string, pos: number): Outcome {
  const m = sticky(MONEY_PREFIX_Y, text, pos);
  const prefix = m?.[1];
  if (!m || prefix === undefined) return null;
  const code = CURRENCY_PREFIX[prefix.replace(/[^\S\n]/g, '')] ?? 'USD';
  const numPos = pos + m[0].length;
  const run = parseDigitsAt(text, numPos);
  if (!run) return null;
  let value = run.value;
  let end = run.end;
  let high: number | undefined;
  const dash = sticky(DASH_NUMBER_Y, text, end);
  if (dash?.[1] !== undefined) {
    high = Number(dash[1].replace(/,/g, ''));
    end += dash[0].length;
  }
  let factor = 1;
  const glued = sticky(MONEY_SCALE_Y, text, end);
  const spaced = glued ? null : scaleWordAt(text, end);
  if (glued?.[1] !== undefined) {
    factor = SCALE_SUFFIX[glued[1].toLowerCase()] ?? 1;
    end += glued[0].length;
  } else if (spaced) {
    factor = spaced.factor;
    end = spaced.end;
  } else if (sticky(LETTERS_Y, text, end)) return { skip: endOfRun(text, numPos) };
  value = round(value * factor);
  if (high === undefined) return { start: pos, end, kind: 'number', form: 'money', value, unit: code };
  return { start: pos, end, kind: 'number', form: 'range', value, high: round(high * factor), unit: code };
}

/** "between 10 and 15 people". */
function betweenAt(text: string, pos: number): Outcome {
  const b = sticky(BETWEEN_Y, text, pos);
  if (!b) return null;
  const lowAt = pos + b[0].length;
  const low = parseDigitsAt(text, lowAt) ?? parseNumberWordsAt(text, lowAt);
  if (!low) return null;
  const and = sticky(AND_Y, text, low.end);
  if (!and) return null;
  const highAt = low.end + and[0].length;
  const high = parseDigitsAt(text, highAt) ?? parseNumberWordsAt(text, highAt);
  if (!high || high.value <= low.value) return null;
  const scale = scaleWordAt(text, high.end);
  const f = scale?.factor ?? 1;
  return tail(text, pos, scale?.end ?? high.end, round(low.value * f), round(high.value * f));
}

function numberAt(text: string, pos: number): Outcome {
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return digitsAt(text, pos);
  const m = sticky(MONEY_PREFIX_Y, text, pos);
  if (m) return moneyAt(text, pos);
  return wordsAt(text, pos);
}

/** "at least 50 militants": the qualifier joins numbers and times, not dates or years. */
function qualifiedAt(text: string, pos: number): Quantity | Outcome {
  const q = sticky(QUALIFIER_Y, text, pos);
  if (!q || q[1] === undefined) return null;
  const inner = numberAt(text, pos + q[0].length);
  if (inner === null || isSkip(inner)) return inner;
  if (inner.form === 'date' || inner.form === 'year') return inner;
  const qualifier = q[1].toLowerCase().replace(/[^\S\n]+/g, ' ');
  return { ...inner, start: pos, text: '', qualifier };
}

function matchAt(text: string, pos: number, token: string): Quantity | Outcome {
  const c = token.charCodeAt(0);
  if (isDigit(c)) return digitsAt(text, pos);
  if (c === 36 || c > 127) return moneyAt(text, pos);
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
  if (token === 'US' || (token.length === 3 && token in CURRENCY_PREFIX)) return moneyAt(text, pos);
  if (isNumberWord(lower)) return wordsAt(text, pos);
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
    out.push(quantity);
    trigger.lastIndex = found.end;
  }
  return out;
}

/** Durations in days: "six weeks" → 42, "42-day" → 42, "15 months" → 456.25; else null. */
export function toDays(q: Quantity): number | null {
  if (q.kind !== 'number' || q.value === null || q.unit === null) return null;
  if (q.form !== 'duration' && q.form !== 'range') return null;
  const per = daysPer(q.unit);
  return per === null ? null : round(q.value * per);
}
