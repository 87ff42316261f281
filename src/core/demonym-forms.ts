// The forms of a people's name that news writes but the `world-countries` package does not
// list as a demonym (places.ts reads them all): "Korean" of North and South Korea (the package
// gives only the compass forms), each side of a list it joins with a comma ("Bosnian,
// Herzegovinian"), and the everyday words for a few peoples and nationals ("Kazakh", "Serbs",
// "Filipinos", "Tibetan"). Never names, so "Korean officials" names no one. The peoples of
// Bosnia and Herzegovina are named by their own words ("the Bosnian Serb leader", "Croat
// and Bosniak parties"), which the package gives under no country.

const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+(?=\p{Lu})/u;
// Chosen as the common word of its people; not words that are given names or plain nouns
// too ("Finn", "Pole", "Dane", "Turk", "Kiwi").
const EVERYDAY = [
  'Kazakh', 'Kazakhs', 'Uzbek', 'Uzbeks', 'Azeri', 'Azeris', 'Argentinian', 'Argentinians', 'Slovenian',
  'Slovenians', 'Nepali', 'Nepalis', 'Icelandic', 'Briton', 'Britons', 'Czechs', 'Slovaks', 'Serbs', 'Croats',
  'Serb', 'Croat', 'Bosniak', 'Bosniaks',
  'Filipinos', 'Tibetan', 'Tibetans', 'Uyghur', 'Uyghurs', 'Uighur', 'Uighurs', 'Catalan', 'Catalans',
];

/** The demonyms one listed entry stands for: itself, or its comma-joined sides, each also
 *  without a compass word ("South Korean" → "South Korean", "Korean"). */
export function demonymForms(listed: string): string[] {
  const out: string[] = [];
  for (const side of listed.split(/\s*,\s*/)) {
    if (!side) continue;
    out.push(side);
    const bare = side.replace(COMPASS, '');
    if (bare !== side) out.push(bare);
  }
  return out;
}

/** Everyday demonyms the package words otherwise ("Kazakhstani" for "Kazakh"). */
export const EVERYDAY_DEMONYMS: readonly string[] = EVERYDAY;
