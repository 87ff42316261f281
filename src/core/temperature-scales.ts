// The temperature scales a text names after a figure ("20 degrees Celsius", "4 Kelvin"), one
// list for the names (a scale so written is a unit, no name) and the figures (a scale after
// "degrees" is the degree's symbol). Centigrade is Celsius's older name. A kelvin is no degree
// of either symbol, so "degrees Kelvin" is not read into a figure as one.

/** Each scale's name, with the symbol of its degree (null: a scale without one). */
export const TEMPERATURE_SCALES: ReadonlyMap<string, '°c' | '°f' | null> = new Map([
  ['Fahrenheit', '°f'],
  ['Celsius', '°c'],
  ['Centigrade', '°c'],
  ['Kelvin', null],
]);

/** RegExp source: the name of a scale whose degrees have a symbol. */
export const DEGREE_SCALE = [...TEMPERATURE_SCALES].filter(([, symbol]) => symbol !== null).map(([name]) => name).join('|');
