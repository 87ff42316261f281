// "minus 2 degrees Fahrenheit", "20 degrees Celsius", "300 Kelvin": a temperature scale's
// name after a degree or a count is the unit the figure is measured in, no name. The same
// word that speaks ("Fahrenheit said the show was sold out") is left to typing.

import { INLINE_SPACE } from './inline-space';
import { TEMPERATURE_SCALES } from './temperature-scales';
import type { EntityMention } from './types';

// A degree word or a number (with its sign or decimals) right before the scale.
const MEASURE_BEFORE = new RegExp(String.raw`(?:\bdegrees?|\d|°)${INLINE_SPACE}$|°$`, 'u');

/** The mentions without a temperature scale's name written as a unit. */
export function withoutTemperatureScales(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.filter((m) => !(TEMPERATURE_SCALES.has(m.text) && MEASURE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))));
}
