// "fell to minus 2 degrees Fahrenheit", "a low of -18C": a temperature below zero is said with
// "minus" or a sign before it and its scale after it. Read from the digits alone it was a
// plus 2 ("2 degrees"), a reading two cold snaps apart could "agree" across zero, and the
// scale stayed outside the figure's span.

import { INLINE_SPACE as S } from './inline-space';
import { DEGREE_SCALE, TEMPERATURE_SCALES } from './temperature-scales';
import type { Quantity } from './types';

const UNITS = new Set(['degrees', '°c', '°f']);
const MINUS_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\d])minus${S}|(?<![\p{L}\d.,\-\u2212])[-\u2212])$`, 'iu');
// Any case: "44 degrees centigrade" is as common as the capital.
const SCALE_AFTER_Y = new RegExp(String.raw`${S}(${DEGREE_SCALE})(?![\p{L}])`, 'iuy');

/** `q` read as the temperature of `text` it is: with its sign and, after "degrees", its scale. */
export function signedTemperature(text: string, q: Quantity): Quantity {
  if (q.unit === null || !UNITS.has(q.unit) || q.qualifier !== null || q.value === null || q.form !== 'count') return q;
  let { start, end, value, unit } = q;
  const minus = MINUS_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (minus) {
    start -= minus[0].length;
    value = -value;
  }
  if (q.unit === 'degrees') {
    SCALE_AFTER_Y.lastIndex = end;
    const scale = SCALE_AFTER_Y.exec(text);
    if (scale) {
      end += scale[0].length;
      // The named scale is the symbol's unit: "40 degrees Celsius" is 40°C, never 40°F.
      const name = (scale[1] ?? '').toLowerCase();
      unit = TEMPERATURE_SCALES.get(name.charAt(0).toUpperCase() + name.slice(1)) ?? unit;
    }
  }
  return start === q.start && end === q.end ? q : { ...q, start, end, value, unit, text: text.slice(start, end) };
}
