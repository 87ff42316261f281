// English names of places that the region and city data (places-data.ts, from
// country-region-data and GeoNames) carries only under their own language's name: it has
// "Niedersachsen", "Bayern", "Lombardia", "Köln", while English-language news writes "Lower
// Saxony", "Bavaria", "Lombardy", "Cologne". Weak entries, as the regions they translate are,
// so a title, a full name or a body's head still wins ("Minister Hesse", "Dr. Anna Hesse said",
// "Bavaria Yachtbau said"); a lone "Hesse said" or "Hesse, 54, said" is the region, as a lone
// "Victoria said" is.

/** First-level regions of Germany, Austria, Italy, Spain and France by their English names. */
const REGIONS = [
  'Bavaria', 'Lower Saxony', 'North Rhine-Westphalia', 'Saxony', 'Saxony-Anhalt', 'Hesse', 'Thuringia',
  'Rhineland-Palatinate', 'Mecklenburg-Western Pomerania',
  'Lower Austria', 'Upper Austria', 'Styria', 'Tyrol', 'Carinthia',
  'Lombardy', 'Tuscany', 'Sicily', 'Sardinia', 'Piedmont', 'Apulia',
  'Catalonia', 'Andalusia', 'Basque Country',
  'Normandy', 'Brittany', 'Corsica',
];

/** Cities of more than 200,000 people whose English name differs from the data's. */
const CITIES = ['Cologne', 'Frankfurt', 'Zurich', 'Geneva'];

/** The English names above, for the place lexicon's packed weak entries. */
export function regionExonyms(): string[] {
  return [...REGIONS, ...CITIES];
}
