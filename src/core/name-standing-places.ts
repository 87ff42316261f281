// "Continental Europe", "Imperial Japan", "Global Britain": a word of standing before a
// country or a continent qualifies the place (an era, a part, a slogan), so it makes no body's
// name as it does before another word ("Royal Caribbean", "Standard Chartered").

import { COUNTRIES } from './countries-data';

const CONTINENTS = ['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Australia', 'Antarctica', 'Oceania', 'Eurasia'];
const PLACE_WORDS = new Set([...CONTINENTS, ...COUNTRIES.map((c) => c[0]).filter((n) => !n.includes(' '))]);

/** Whether `word` (the word after a word of standing) names a country or a continent. */
export function isCountryOrContinent(word: string): boolean {
  return PLACE_WORDS.has(word);
}
