// Title-case lines: "Bald Eagles Return To The River", and all-caps ones: "UNION WALKS OUT AT
// THREE PLANTS", "BREAKING: EAGLE JETS GROUNDED". A headline or a title capitalises its words
// whatever they are, so there a capital says nothing of a name (topic-names.ts reads such a
// word as it reads one opening a sentence). A line is title case where, of its words, at least
// HEADLINE_SHARE are capitalised, the short function words title case may leave lowercase
// ("to", "the", "of") left out when they are; all-caps words are left out too (acronyms,
// datelines: "NEW ORLEANS, La. —"), and a line ending in a full stop is prose, however many
// names it holds. A line of HEADLINE_WORDS words or more with no lowercase letter at all is read
// as a headline whatever its end: none of its capitals tells a name from a word. An acronym in
// a line with lowercase ("The UAW and GM met NATO officials.") or alone ("NASA") keeps its say.
import { eachWord, UPPER_START } from './topic-terms';

/** Share of a title-case line's counted words that are capitalised. */
const HEADLINE_SHARE = 0.8;
/** Counted words a line needs to be read as a headline. */
const HEADLINE_WORDS = 3;
/** Words title case may leave lowercase (articles, conjunctions, short prepositions). */
const MINOR = new Set('a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto over out'.split(' '));
const LOWER = /\p{Ll}/u;
const PROSE_END = /\.["”’')\]]*\s*$/u;

/** Whether a line of text is written in title case, or all in capitals. */
export function isTitleCase(line: string): boolean {
  let words = 0;
  let allCaps = 0;
  let counted = 0;
  let capitals = 0;
  eachWord(line, (word) => {
    words++;
    const upper = UPPER_START.test(word);
    if (upper && !LOWER.test(word)) {
      allCaps++;
      if (word.length > 1) return;
    }
    if (!upper && MINOR.has(word)) return;
    counted++;
    if (upper) capitals++;
  });
  if (words >= HEADLINE_WORDS && allCaps === words) return true;
  return !PROSE_END.test(line) && counted >= HEADLINE_WORDS && capitals >= HEADLINE_SHARE * counted;
}

/** Whether the word at a position of a text is in a title-case line. */
export type InTitleCase = (at: number) => boolean;

/** Whether the word at `at` of `text` is in a title-case line; each line is read once, so a
 *  page's readers share one (topic.ts). */
export function titleCaseLines(text: string): InTitleCase {
  const seen = new Map<number, boolean>();
  return (at) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let title = seen.get(start);
    if (title === undefined) {
      const end = text.indexOf('\n', at);
      seen.set(start, (title = isTitleCase(text.slice(start, end === -1 ? text.length : end))));
    }
    return title;
  };
}
