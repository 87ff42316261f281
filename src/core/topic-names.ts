// Words the stored articles use only inside a name of two words or more: "eagle" of
// "American Eagle", "hawk" of "Black Hawk". In the store they stand for the name, yet a page
// also uses them as common nouns ("bald eagles nesting above the river"). So a page shares
// such a word with the topic only where it writes the word as a name, capitalised ("Eagle
// Flight 5342", "an Eagle jet"), not as the noun ("the eagles nest early").
import type { InTitleCase } from './topic-headlines';
import { UPPER_START } from './topic-terms';
import type { Entity } from './types';

export interface Span {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may stand between a sentence's end (or a line's start) and its first word. */
const OPENERS = /[\s"“‘'([]/u;
/** Ends of a sentence, and the dashes and colon after a dateline or a heading. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', '—', '–', '\n']);
const NEXT_WORD = /^[\s"”’']*(\p{L})/u;

/** The stored names of two words or more, by article: an entity's name and aliases are looked
 *  for only in the articles it is mentioned in (a store's whole name list against every
 *  article would cost names × text). */
export function multiWordNames(entities: Entity[]): Map<string, string[]> {
  const byArticle = new Map<string, Set<string>>();
  for (const e of entities) {
    const forms = [e.name, ...e.aliases].filter((n) => n.trim().includes(' '));
    if (forms.length === 0) continue;
    for (const m of e.mentions) {
      let set = byArticle.get(m.articleId);
      if (!set) byArticle.set(m.articleId, (set = new Set()));
      for (const f of forms) set.add(f);
    }
  }
  return new Map([...byArticle].map(([id, set]) => [id, [...set]]));
}

/** Where the names are written in `text`, case as given and whole words only. */
export function nameSpans(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (LETTER_OR_DIGIT.test(text.charAt(at - 1)) || LETTER_OR_DIGIT.test(text.charAt(end))) continue;
      spans.push({ start: at, end });
    }
  }
  return spans;
}

/** Whether [start, end) lies inside one of the spans. */
export function insideSpan(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end);
}

/** Whether the word at text[start, end) opens a sentence or a line. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && OPENERS.test(text.charAt(i)) && text.charAt(i) !== '\n') i--;
  return i < 0 || SENTENCE_ENDS.has(text.charAt(i));
}

/** Reads a page's name words: `keep` says, word by word, whether one counts; `settle` then
 *  adds those left pending. Written capitalised inside a sentence, or before another
 *  capitalised word, a name word counts. Opening a sentence alone ("Witkoff said", "Eagle
 *  pair returns"), it counts only if the page never writes it lowercase: a page that has
 *  "bald eagles" means the bird there too. So does one in a title-case or all-caps line
 *  ("Bald Eagles Return To The River", topic-headlines.ts), which capitalises every word: `inTitleCase`
 *  (titleCaseLines of `text`) says where those lines are. */
export function nameWordReader(text: string, nameWords: ReadonlySet<string>, inTitleCase: InTitleCase): {
  keep: (term: string, start: number, end: number) => boolean;
  settle: (counts: Map<string, number>) => void;
} {
  const lower = new Set<string>();
  const pending = new Map<string, number>();
  return {
    keep(term, start, end) {
      if (!nameWords.has(term)) return true;
      if (!UPPER_START.test(text.slice(start, end))) {
        lower.add(term);
        return false;
      }
      if (!inTitleCase(start)) {
        if (!opensSentence(text, start)) return true;
        const next = NEXT_WORD.exec(text.slice(end, end + 8))?.[1];
        if (next !== undefined && UPPER_START.test(next)) return true;
      }
      pending.set(term, (pending.get(term) ?? 0) + 1);
      return false;
    },
    settle(counts) {
      for (const [t, c] of pending) if (!lower.has(t)) counts.set(t, (counts.get(t) ?? 0) + c);
    },
  };
}

/** The stored names whose leading words (all but the last) are two words or more: "Silicon
 *  Valley Bank", whose "Silicon Valley" is a name of its own. A one-word lead ("Signature" of
 *  "Signature Bank") is the name's short form, not another name. */
export function namesWithLeads(names: Map<string, string[]>): string[] {
  const all = new Set([...names.values()].flat().map((n) => n.trim()));
  return [...all].filter((n) => n.split(/\s+/).length >= 3 && !all.has(leadOf(n))).sort();
}

/** A name's words but the last. */
export function leadOf(name: string): string {
  return name.trim().split(/\s+/).slice(0, -1).join(' ');
}
