// Why a stored article matched a Library search by its text: the sentence holding the most
// query words, cut to a short line, with each matched word's [start, end) to mark — as the
// hover card shows a term in its sentence. Pure; the words are folded as the index folds them.
import { foldWord, WORD as INDEX_WORD } from './library-search-words';
import { bareForm } from './library-search-apostrophes';
import { splitSentences } from './segment';

export interface Snippet {
  text: string;
  /** Spans of `text` to mark, in order, not overlapping. */
  marks: [start: number, end: number][];
}

/** Longest snippet shown, about the two lines a Library row has for it; a longer sentence is
 *  cut around the stretch holding the most marks. */
export const SNIPPET_CHARS = 110;
/** How much of the sentence before that stretch's first mark a cut keeps. */
const LEAD = 24;

/** The index's words ("O’Brien" is one), in a regex of this module's own (its lastIndex). */
const WORD = new RegExp(INDEX_WORD);

interface Scored {
  text: string;
  marks: [number, number][];
  found: number;
}

/** The words of `sentence` that start with a query word (as written, or bare as the index
 *  also holds it: "obrien" marks "O’Brien"), and how many query words it holds. */
function score(sentence: string, words: readonly string[]): Scored {
  const marks: [number, number][] = [];
  const seen = new Set<string>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const folded = foldWord(m[0]);
    const bare = bareForm(folded);
    const hit = words.filter((w) => folded.startsWith(w) || bare?.startsWith(w));
    if (!hit.length) continue;
    for (const w of hit) seen.add(w);
    marks.push([m.index, m.index + m[0].length]);
  }
  return { text: sentence, marks, found: seen.size };
}

/** The first mark of the window of SNIPPET_CHARS that holds the most marks (the first such). */
function densest(marks: readonly [number, number][]): number {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < marks.length; i++) {
    const from = (marks[i]?.[0] ?? 0) - LEAD;
    const count = marks.filter(([s, e]) => s >= from && e <= from + SNIPPET_CHARS).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  return marks[best]?.[0] ?? 0;
}

/** Cut a long sentence to about SNIPPET_CHARS around its marks, at word boundaries. */
function cut({ text, marks }: Scored): Snippet {
  if (text.length <= SNIPPET_CHARS) return { text, marks };
  const first = densest(marks);
  let start = Math.max(0, first - LEAD);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > first) start = first;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const shift = lead.length - start;
  return {
    text: `${lead}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`,
    marks: marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}

/** The best sentence for `words` (folded query words) in the article's paragraphs: the one
 *  holding most of them, the first on a tie; null when none holds any. */
export function findSnippet(paragraphs: readonly string[], words: readonly string[]): Snippet | null {
  if (!words.length) return null;
  let best: Scored | null = null;
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const scored = score(sentence.text, words);
      if (scored.found > (best?.found ?? 0)) best = scored;
      if (best?.found === words.length) return cut(best);
    }
  }
  return best && cut(best);
}
