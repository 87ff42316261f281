// What a word is to the Library search, and how it is folded: the same for the indexed text
// and for a query, so that a query word is a prefix of the words it should find.
import { withBareForms } from './library-search-apostrophes';

// Letters, marks (a decomposed accent) and digits, with an apostrophe between two of them
// part of the word (as Unicode's word breaks have it): "Netanyahu’s" is one word, not
// "netanyahu" + "s" (a query "s" would match every possessive). Folded, every apostrophe is
// "'": "o'brien" finds "O’Brien", "netanyahu" is a prefix of "netanyahu's", and "shell" does
// not find "she'll". Indexed, such a word also goes in bare (library-search-apostrophes), so
// "obrien" finds "O’Brien" too.
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const CURLY_APOSTROPHES = /[’ʼ]/g;
// eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
const NON_ASCII = /[^\u0000-\u007f]/;

// Not foldAccents (fold-accents.ts): NFKD also folds ligatures ("ﬁ") and every script's marks,
// which a search wants and a name's unit-for-unit offsets cannot have.
/** "Émile" → "emile", "O’Brien" → "o'brien": accents dropped, one apostrophe, lower case. */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.replace(CURLY_APOSTROPHES, "'").normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded words of a text, in order (repeats kept). */
export function foldedWords(text: string): string[] {
  // Most of an English library is ASCII: one lower-casing of the whole text then.
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(WORD) ?? [];
  return (text.match(WORD) ?? []).map(foldWord).filter(Boolean);
}

/** Bump when indexedWords changes: a text index kept with another version is read again. */
export const WORDS_VERSION = 2;

/** What a text is indexed under: foldedWords (a query's words) and their bare forms. */
export const indexedWords = (text: string): string[] => withBareForms(foldedWords(text));
