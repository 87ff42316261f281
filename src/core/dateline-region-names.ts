// "KOROR, Palau —", "HOBART, Tasmania —", "ST. JOHN'S, Newfoundland —": the one word between a
// dateline's comma and its dash names the region or country the city is in, so it is a place
// even where the gazetteer does not know it (page-lines.ts reads the abbreviated ones).

// One capitalised word, then the dash; a wire's credit may come between ("(AP)").
const REGION_WORD = /^, (\p{Lu}\p{Ll}{2,})(?:[ \t]+\(\p{Lu}[\p{L}.]{0,11}\))?[ \t]*[—–-][ \t]/u;

/** Where each one-word region after a dateline's city starts, and where it ends. */
export function datelineRegionNames(text: string, datelines: Set<number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const end of datelines) {
    const m = REGION_WORD.exec(text.slice(end, end + 40));
    if (m?.[1] !== undefined) out.set(end + 2, end + 2 + m[1].length);
  }
  return out;
}
