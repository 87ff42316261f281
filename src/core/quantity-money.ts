// Money written with a currency sign or code in front: "$1.5bn", "€200m", "$1.5 billion",
// "NIS 200", "US$ 5 million", "$10-15 million". Currency words after the number
// ("200 shekels") are read by the shared tail in quantity-parts.ts.

import { parseDigitsAt, scaleWordAt } from './number-words';
import { type Outcome, digitValue, round, sticky } from './quantity-parts';
import { endOfRun } from './quantity-context';
import { CURRENCY_PREFIX, PREFIX_PATTERN } from './quantity-currencies';

export const MONEY_PREFIX_Y = new RegExp(`(US[^\\S\\n]?\\$|${PREFIX_PATTERN})[^\\S\\n]?(?=\\d)`, 'y');
// Glued scale after money: "$1.5bn", "€200m", "$5M", "$300k".
const MONEY_SCALE_Y = /(bn|mn|tn|trn|m|b|k)(?![A-Za-z])/iy;
const MONEY_RANGE_Y = /[-\u2013]((?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?)(?![\d])/y;
const LETTER_Y = /[A-Za-z]/y;
const SPACES = /[^\S\n]/g;
export const SCALE_SUFFIX = new Map(Object.entries({ bn: 1e9, b: 1e9, mn: 1e6, m: 1e6, k: 1e3, tn: 1e12, trn: 1e12 }));

export function moneyAt(text: string, pos: number): Outcome {
  const m = sticky(MONEY_PREFIX_Y, text, pos);
  const prefix = m?.[1];
  if (!m || prefix === undefined) return null;
  const code = CURRENCY_PREFIX.get(prefix.replace(SPACES, '')) ?? 'USD';
  const numPos = pos + m[0].length;
  const run = parseDigitsAt(text, numPos);
  if (!run) return null;
  let end = run.end;
  let high: number | undefined;
  const dash = sticky(MONEY_RANGE_Y, text, end);
  if (dash?.[1] !== undefined) {
    high = digitValue(dash[1]);
    end += dash[0].length;
  }
  let factor = 1;
  const glued = sticky(MONEY_SCALE_Y, text, end);
  const spaced = glued ? null : scaleWordAt(text, end);
  if (glued?.[1] !== undefined) {
    factor = SCALE_SUFFIX.get(glued[1].toLowerCase()) ?? 1;
    end += glued[0].length;
  } else if (spaced) {
    factor = spaced.factor;
    end = spaced.end;
  } else if (sticky(LETTER_Y, text, end)) return { skip: endOfRun(text, numPos) };
  const value = round(run.value * factor);
  if (high === undefined || high <= run.value) return { start: pos, end, kind: 'number', form: 'money', value, unit: code };
  return { start: pos, end, kind: 'number', form: 'range', value, high: round(high * factor), unit: code };
}
