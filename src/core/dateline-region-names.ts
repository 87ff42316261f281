// "KOROR, Palau —", "ALTADENA, Calif. —", "RALEIGH, N.C. —": the word between a dateline's comma
// and its dash names the region, state or country the city is in, so it is a place even where
// the gazetteer does not know it; an abbreviation keeps its periods. A wire's credit may come
// between ("SEATTLE, Wash. (AP) —").

const CREDIT_THEN_DASH = String.raw`(?:[ \t]+\(\p{Lu}[\p{L}.]{0,11}\))?[ \t]*[—–-][ \t]`;
// The two ways a region is written, each with how far past the city's end it may reach.
const REGION_WORDS: readonly (readonly [RegExp, number])[] = [
  // One capitalised word: "Tasmania", "Newfoundland".
  [new RegExp(String.raw`^, (\p{Lu}\p{Ll}{2,})` + CREDIT_THEN_DASH, 'u'), 40],
  // A state's or province's abbreviation: "Calif.", "Neb.", "N.C.".
  [new RegExp(String.raw`^, (\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.(?:\p{Lu}\.)+)` + CREDIT_THEN_DASH, 'u'), 20],
];

/** Where each region after a dateline's city starts, and where it ends. */
export function datelineRegionNames(text: string, datelines: Set<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const end of datelines) {
    for (const [pattern, reach] of REGION_WORDS) {
      const m = pattern.exec(text.slice(end, end + reach));
      if (m?.[1] !== undefined) out.set(end + 2, end + 2 + m[1].length);
    }
  }
  return out;
}
