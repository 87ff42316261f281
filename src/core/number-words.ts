// Cardinal number words ("two", "forty-two", "one hundred and twenty", "thirty three") and
// digit numbers with grouping and scale words ("47,498", "1.2 million"). Written by hand so
// the content script stays small: a tiny state machine over words, no parsing library.

// Maps, not object literals: a plain object would answer `'constructor' in SMALL` with true.
import { INLINE_SPACE as S } from './inline-space';

const SMALL = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
/** Scale words; singular only — "thousands", "millions" are vague amounts, not numbers. */
export const SCALES = new Map(Object.entries({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));

/** True for a word that can start a cardinal number word sequence (lower-case input). */
export function isNumberWord(lower: string): boolean {
  return SMALL.has(lower) || TENS.has(lower);
}

export interface ParsedNumber {
  value: number;
  end: number;
}

type Last = 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and';

// One word (letters only) and the separator before the next word. Sticky: used at offsets.
const WORD_Y = /[A-Za-z]+/y;
const SEP_Y = new RegExp(String.raw`(?:${S}|[-\u2010\u2011])(?=[A-Za-z])`, 'y');

function wordAt(text: string, pos: number): string | null {
  WORD_Y.lastIndex = pos;
  const m = WORD_Y.exec(text);
  return m ? m[0] : null;
}

/**
 * Reads a cardinal written in words starting at `pos` ("forty-two", "two million",
 * "one hundred and five"). Stops before the first word that does not continue the number,
 * so "two-week" yields 2 ending before "-week". Returns null if `pos` starts no number word.
 */
export function parseNumberWordsAt(text: string, pos: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Infinity;
  let end = -1;
  let p = pos;
  for (;;) {
    const w = wordAt(text, p);
    if (w === null) break;
    const lw = w.toLowerCase();
    const wEnd = p + w.length;
    const fresh = last === 'none' || last === 'hundred' || last === 'scale' || last === 'and';
    let ok = true;
    const small = SMALL.get(lw);
    const tens = TENS.get(lw);
    const scale = SCALES.get(lw);
    if (small !== undefined) {
      if (fresh || (last === 'tens' && small > 0 && small < 10)) {
        current += small;
        last = 'unit';
      } else ok = false;
    } else if (tens !== undefined) {
      if (fresh) {
        current += tens;
        last = 'tens';
      } else ok = false;
    } else if (lw === 'hundred') {
      if (last === 'unit' && current > 0 && current < 100) {
        current *= 100;
        last = 'hundred';
      } else ok = false;
    } else if (scale !== undefined) {
      if ((last === 'unit' || last === 'tens' || last === 'hundred') && scale < lastScale && current > 0) {
        total += current * scale;
        current = 0;
        lastScale = scale;
        last = 'scale';
      } else ok = false;
    } else if (lw === 'and' && (last === 'hundred' || last === 'scale')) {
      // Only "and" that is followed by another number word belongs to the number.
      SEP_Y.lastIndex = wEnd;
      const sep = SEP_Y.exec(text);
      const next = sep ? wordAt(text, wEnd + sep[0].length) : null;
      const nl = next?.toLowerCase() ?? '';
      if (next !== null && isNumberWord(nl)) last = 'and';
      else ok = false;
    } else ok = false;
    if (!ok) break;
    if (last !== 'and') end = wEnd;
    SEP_Y.lastIndex = wEnd;
    const sep = SEP_Y.exec(text);
    if (!sep) break;
    p = wEnd + sep[0].length;
  }
  if (end < 0) return null;
  return { value: total + current, end };
}

// Digits: grouped thousands ("47,498", "1,900") or plain, with an optional decimal part.
// The (?!\d) after groups keeps "1,2345" from reading as a grouped number.
const DIGITS_Y = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

export interface ParsedDigits extends ParsedNumber {
  /** Written with thousands separators ("2,025"). */
  grouped: boolean;
  decimal: boolean;
  /** Number of digits before any decimal point, separators excluded. */
  intDigits: number;
}

export function parseDigitsAt(text: string, pos: number): ParsedDigits | null {
  DIGITS_Y.lastIndex = pos;
  const m = DIGITS_Y.exec(text);
  if (!m) return null;
  const raw = m[0];
  const clean = raw.replace(/,/g, '');
  const dot = clean.indexOf('.');
  return {
    value: Number(clean),
    end: pos + raw.length,
    grouped: raw.includes(','),
    decimal: dot >= 0,
    intDigits: dot >= 0 ? dot : clean.length,
  };
}

// A spaced scale word after a number: "1.2 million", "two billion". Not plural.
const SCALE_WORD_Y = new RegExp(String.raw`${S}(thousand|million|billion|trillion)(?![A-Za-z])`, 'iy');

export function scaleWordAt(text: string, pos: number): { factor: number; end: number } | null {
  SCALE_WORD_Y.lastIndex = pos;
  const m = SCALE_WORD_Y.exec(text);
  if (!m || m[1] === undefined) return null;
  return { factor: SCALES.get(m[1].toLowerCase()) ?? 1, end: pos + m[0].length };
}

/**
 * Whole-string number parse for other modules: "forty-two" → 42, "two" → 2,
 * "1.2 million" → 1_200_000, "47,498" → 47498. Anything left over → null.
 */
export function parseNumberWords(words: string): number | null {
  const s = words.trim();
  if (s === '') return null;
  let value: number;
  let end: number;
  const digits = parseDigitsAt(s, 0);
  if (digits) {
    value = digits.value;
    end = digits.end;
    const scale = scaleWordAt(s, end);
    if (scale) {
      value *= scale.factor;
      end = scale.end;
    }
  } else {
    const parsed = parseNumberWordsAt(s, 0);
    if (!parsed) return null;
    value = parsed.value;
    end = parsed.end;
  }
  if (end !== s.length) return null;
  // Decimal scales: 1.2 × 1e6 must be exactly 1_200_000, not 1199999.9999.
  return Math.round(value * 1e6) / 1e6;
}
