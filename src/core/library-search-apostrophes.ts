// A word with an apostrophe in the Library search, typed without it: "haaretz" should find
// "Ha’aretz" and "obrien" "O’Brien", but "shell" must not find "she'll", nor "its" "it's",
// nor "dont" "don't". So a word is also indexed with its apostrophes dropped, unless the
// apostrophe only sets off an English clitic (a contraction or the possessive 's): without
// its apostrophe, such a word spells another word ("shell", "its", "well", "cant"). A name's
// possessive keeps the name's bare form: "o'brien's" is found by "obrien".

/** The clitics an English word takes after an apostrophe: it's, she'll, don't, we're, I've,
 *  he'd, I'm. (A plural's possessive, "envoys’", has no letter after it: no part of the word.) */
const CLITIC = /'(?:s|ll|t|re|ve|d|m)$/;

/** The folded word's form without apostrophes, or null when it has none to drop or its only
 *  apostrophe sets off a clitic: "ha'aretz" → "haaretz", "o'brien's" → "obrien",
 *  "she'll" → null, "it's" → null, "netanyahu's" → null. */
export function bareForm(folded: string): string | null {
  if (!folded.includes("'")) return null;
  const stem = folded.replace(CLITIC, '');
  return stem.includes("'") ? stem.replaceAll("'", '') : null;
}

/** `words` (folded) and after them the bare forms of those that have one. */
export function withBareForms(words: string[]): string[] {
  const bare = words.map(bareForm).filter((w): w is string => w !== null);
  return bare.length ? words.concat(bare) : words;
}
