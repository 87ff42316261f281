// The topic gate's one tokeniser: a page's or a stored article's words, each with its term.
// Hyphens and apostrophes join a word ("cease-fire", "Erdoğan’s"); what reads the words in
// smaller pieces (topic-leads.ts) splits the joined word it is handed, never the text again.
import { foldAccents } from './fold-accents';
import { FUNCTION_WORDS } from './topic-background';

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’\-‐‑][\p{L}\p{M}]+)*/gu;
/** A possessive's ending: "Ford's", "unions’". */
export const POSSESSIVE = /['’]s?$/;
/** A word that starts with a capital letter. */
export const UPPER_START = /^\p{Lu}/u;
const JOINERS = /['’\-‐‑]/g;

/** Lower-case, accents, possessive and hyphens dropped, plural folded: "Cease-fires" →
 *  "ceasefire", "Erdoğan's" → "erdogan" (outlets differ on accents; the topic does not).
 *  Null for words too short or without topical use. */
export function termOf(word: string): string | null {
  let w = foldAccents(word.toLowerCase()).replace(POSSESSIVE, '').replace(JOINERS, '');
  if (w.length < 3 || FUNCTION_WORDS.has(w)) return null;
  if (w.length > 4) {
    if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
    else if (/(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
    else if (/[^siua]s$/.test(w)) w = w.slice(0, -1);
  }
  return w;
}

/** Calls `visit` on each word of `text`, in order, with its term (null if it has none).
 *  Re-entrant (matchAll reads a copy of the pattern): a visitor may read a line's words. */
export function eachWord(text: string, visit: (word: string, term: string | null, start: number) => void): void {
  for (const m of text.matchAll(WORD)) visit(m[0], termOf(m[0]), m.index);
}
