// "La Palma", "El Hierro", "Les Sables": a Spanish, French or Italian article before a place the
// lexicon knows is that place's own name (the island, not the city of Palma), never a person's:
// a surname opened by an article is no known place ("Le Pen", "La Russa"). Two words and no
// others, so a longer name is read by its head ("La Palma Cultural Centre"). Used by
// mention-types.ts before the name's form, which reads two plain words as a person's.
// "Les" takes a plural ("Les Sables", "Les Ulis"); before a singular it is the English given
// name ("Les Hamilton", "Les Houston" are men).

const ARTICLES = new Set(['La', 'Las', 'Los', 'El', 'Le', 'Les', 'Il', 'Lo']);
const PLURAL = /[sx]$/;

/** Whether a two-word name is an article before a known place: "La Palma". */
export function articlePlace(words: readonly string[], isPlace: (name: string) => boolean): boolean {
  const [article = '', place = ''] = words;
  return words.length === 2 && ARTICLES.has(article) && (article !== 'Les' || PLURAL.test(place)) && isPlace(place);
}
