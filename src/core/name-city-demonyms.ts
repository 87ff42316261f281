// "New Yorker Anna Lee", "Londoner Tom Hale", "Chicagoan Ruth Bell": a word for a city's
// resident, made of the city's name and "-er", "-an" or "-ian", before a person's name is a
// description, as "Israeli" is ("Israeli Prime Minister …"), not the person's given name.
// Few such words are in the demonym lists, which hold countries' peoples. Only before two
// capitalised words at least: "the Berliner Zeitung", "a New Yorker cartoon" keep theirs.
// Nor after "the": a resident's word before a person takes no article, a paper's name does
// ("the Frankfurter Allgemeine Zeitung").
// Used by name-trim.ts.

const SUFFIXES = ['ian', 'er', 'an'];

/** How many opening words of `words` are a city resident's word before a person's name
 *  (0 when none): "New", "Yorker" of "New Yorker Anna Lee" are 2. */
export function residentWords(words: readonly string[], isKnown: (name: string) => boolean): number {
  for (const count of [1, 2]) {
    if (words.length < count + 2) return 0;
    const opening = words.slice(0, count).join(' ');
    for (const suffix of SUFFIXES) {
      if (opening.endsWith(suffix) && opening.length > suffix.length + 2 && isKnown(opening.slice(0, -suffix.length))) return count;
    }
  }
  return 0;
}
