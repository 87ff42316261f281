// Sentences and tokens with character offsets into the original text. Both are single
// left-to-right scans with module-level regexes, because the content script runs them over
// whole pages (50k words) and anything quadratic shows up as a frozen tab.

import type { Sentence, Token } from './types';

/** Abbreviations whose period never ends a sentence when a name or number follows. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt',
    'maj', 'adm', 'cmdr', 'rev', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'vs', 'etc', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'inc', 'corp', 'ltd', 'co', 'dept', 'est', 'fig', 'vol',
    // Plural titles before a list of people: "Sens. Ron Wyden and Mark Warner".
    'sens', 'reps', 'govs',
  ],
);
/** Plural saints before their names, as written ("the Church of Ss. Peter and Paul", "Sts.
 *  Cyril and Methodius"); case kept, so "joined the SS. He fled" still ends there. Only
 *  before two or more names joined by "and": "Sts." also closes streets ("Main and 5th Sts.
 *  Smith said"), where the period ends the sentence. */
const PLURAL_SAINTS = new Set(['Ss', 'Sts']);
const SAINTS_NAMED_AFTER = /^\.[ \t]+\p{Lu}[\p{L}'’-]*(?:,[ \t]+\p{Lu}[\p{L}'’-]*)*,?[ \t]+(?:and|&)[ \t]+\p{Lu}/u;
const pluralSaints = (word: string, after: string): boolean => PLURAL_SAINTS.has(word) && SAINTS_NAMED_AFTER.test(after);
/** Abbreviations that may also end a sentence ("... Apple Inc. The company ..."). */
const CAN_END = new Set(['etc', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'no']);

/** Words that start a new sentence after an ambiguous period ("in the U.S. The ..."). */
const STARTERS = new Set(
  ('The A An He She It They We I You This That These Those There Here His Her Its Their Our ' +
    'But And Or So Yet In On At As If When While After Before Since Although Though However ' +
    'Meanwhile Despite Earlier Later Still Now Then Some Many Most Other Others One Two Three ' +
    'Officials Police Witnesses')
    .split(' '),
);

// A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then
// whitespace (or end of text). Periods inside "1.5" or "U.S.A" never match: no space follows.
const END = /([.!?…]+)(["'”’)\]]*)(?=\s|$)/g;
const WORD_BEFORE = /([\p{L}.]+)$/u;
const NEXT_WORD = /^\s*["'“‘([]*(\S*?)[\s,.;:!?"'”’)]*(?:\s|$)/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}?$/u; // "U.S", "a.m", "J" — the final period is the candidate
const PARAGRAPH = /[^\n\r\u2028\u2029]+/g;

/** Whether the period at `dot` (the first char of an END match) ends the sentence. */
function periodEnds(para: string, dot: number, after: number): boolean {
  const before = WORD_BEFORE.exec(para.slice(Math.max(0, dot - 30), dot));
  const next = NEXT_WORD.exec(para.slice(after, after + 40));
  const nextWord = next?.[1] ?? '';
  const first = nextWord.charAt(0);
  // A lower-case word or a digit after the period continues the sentence.
  if (first !== '' && (first.toLowerCase() === first && first.toUpperCase() !== first)) return false;
  if (!before) return true;
  const word = before[1] ?? '';
  const bare = word.replace(/\.+$/, '');
  const lower = bare.toLowerCase();
  const starter = STARTERS.has(nextWord.replace(/[’'].*$/, ''));
  // Initials and dotted abbreviations: "J. K. Rowling", "U.S. President", "9 a.m. Tuesday".
  if (DOTTED.test(bare) || (bare.length === 1 && /\p{Lu}/u.test(bare))) return starter;
  if (pluralSaints(bare, para.slice(dot, dot + 60))) return starter;
  if (ABBREVIATIONS.has(lower)) {
    if (/^\d/.test(nextWord)) return false; // "Feb. 4", "No. 10"
    return CAN_END.has(lower) ? starter : false;
  }
  return true;
}

function splitParagraph(para: string, offset: number, out: Sentence[]): void {
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(para); m; m = END.exec(para)) {
    const marks = m[1] ?? '';
    const end = m.index + m[0].length;
    const isPeriodOnly = /^\.$/.test(marks);
    if (isPeriodOnly && !periodEnds(para, m.index, end)) continue;
    if (!isPeriodOnly) {
      // "?" or "!" inside a quote followed by a lower-case word: `“Why?” she asked.`
      const next = NEXT_WORD.exec(para.slice(end, end + 40))?.[1] ?? '';
      const c = next.charAt(0);
      if (c !== '' && c.toLowerCase() === c && c.toUpperCase() !== c) continue;
    }
    pushTrimmed(para, start, end, offset, out);
    start = end;
  }
  pushTrimmed(para, start, para.length, offset, out);
}

function pushTrimmed(para: string, from: number, to: number, offset: number, out: Sentence[]): void {
  while (from < to && /\s/.test(para.charAt(from))) from++;
  while (to > from && /\s/.test(para.charAt(to - 1))) to--;
  if (to > from) out.push({ start: offset + from, end: offset + to, text: para.slice(from, to) });
}

/** Sentences of `text`; a line break always ends one (a paragraph never continues a line). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  PARAGRAPH.lastIndex = 0;
  for (let m = PARAGRAPH.exec(text); m; m = PARAGRAPH.exec(text)) {
    splitParagraph(m[0], m.index, out);
  }
  return out;
}

// Words keep inner apostrophes ("Netanyahu’s", "don't"), hyphens ("Hamas-run", "al-Qassam")
// and the periods of dotted abbreviations ("U.S.", "a.m."); numbers keep their separators
// ("47,498", "1.5"), and a web domain its dot ("Crypto.com Arena", "Booking.com": a name, not a
// word and a sentence's end). Everything else (punctuation, symbols) is skipped.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\d]*\.(?:com|org|net|io|ai)(?![\p{L}\d])|\p{L}[\p{L}\p{M}]*(?:['’\-‑][\p{L}\p{M}\d]+)*|\d+(?:[.,]\d+)*(?:[-‑][\p{L}\d]+)*/gu;

/** Tokens of `text` with offsets; a known abbreviation keeps its period ("Mr.", "Feb."). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    let end = m.index + word.length;
    // The period first: most words have none after them, and the lookup lower-cases.
    if (text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(word.toLowerCase()) || pluralSaints(word, text.slice(end, end + 60)))) out.push({ start: m.index, end: ++end, text: text.slice(m.index, end) });
    else out.push({ start: m.index, end, text: word });
  }
  return out;
}
