// "the US Virgin Islands", "the U.S. Virgin Islands": a territory the country list names with
// its country's full name in front ("United States Virgin Islands") is written with the
// country's short form as often, which the list does not give, so the short form stood apart
// as a name of its own and the rest as another. Used by places.ts for the variants.

const SHORT_FORMS: readonly (readonly [string, readonly string[]])[] = [
  ['United States', ['US', 'U.S.']],
  ['United Kingdom', ['UK', 'U.K.']],
];

/** The forms of `name` with its leading country's short form instead ("US Virgin Islands"
 *  of "United States Virgin Islands"); none for the country itself or another name. */
export function countryShortForms(name: string): string[] {
  for (const [country, shorts] of SHORT_FORMS) {
    if (name.startsWith(`${country} `)) return shorts.map((s) => `${s}${name.slice(country.length)}`);
  }
  return [];
}
