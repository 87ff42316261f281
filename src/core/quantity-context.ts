// The words around a number that say it is not a quantity ("Resolution 2334", "F-35",
// "phase two") or what kind it is (a "2-0" in a sentence about a match is a score).
// Small backward/forward scans from the number; no regex is built per call.

import { dimensionAfterHead } from './quantity-head-dimensions';

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

export interface PrevWord {
  word: string;
  start: number;
  /** The word ends in a dot right before the space: "No. 10". */
  dotted: boolean;
}

/** The word before `pos`, separated from it by spaces on the same line. */
export function prevWord(text: string, pos: number): PrevWord | null {
  let i = pos - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i === pos - 1) return null; // not separated by a space
  let dotted = false;
  if (text.charCodeAt(i) === 46) {
    dotted = true;
    i--;
  }
  const end = i + 1;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  if (i + 1 === end) return null;
  return { word: text.slice(i + 1, end), start: i + 1, dotted };
}

/** True when the word at `start` opens a sentence, a line or a quotation. */
export function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  return '.!?\n\r:"“”‘(['.includes(text.charAt(i));
}

// Words that name the next number rather than count with it.
const ID_HEADS = new Set(
  ('phase stage resolution resolutions article articles chapter section clause paragraph ' +
    'route highway road flight unit room gate terminal page line platform version level ' +
    'grade category season episode round channel division brigade battalion squadron ' +
    'camp building block sector zone bus number item rule amendment').split(' '),
);
const ID_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'vol', 'res', 'para', 'sec', 'ch', 'fig', 'pt', 'op']);
// Capitalised words before a number that do not make it a name.
const CAP_EXEMPT = new Set(
  ('Monday Tuesday Wednesday Thursday Friday Saturday Sunday In On At By Since Until From ' +
    'About Some Over Nearly Almost Around Under Roughly Approximately And But Or The Of To ' +
    'For With Only Just Another All').split(' '),
);

/** "Resolution 2334", "Article 51", "phase two", "No. 10", "Channel 12". */
export function namedByHead(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) === 35) return true; // "#10"
  const prev = prevWord(text, pos);
  if (!prev) return false;
  const lw = prev.word.toLowerCase();
  return prev.dotted ? ID_ABBREVIATIONS.has(lw) : ID_HEADS.has(lw) && !dimensionAfterHead(text, pos);
}

/**
 * A number right after a capitalised word inside a sentence is part of a name: "Boeing 737",
 * "Vision 2030", "Air Force One", "Euro 2024". Sentence-initial words ("In 2025") don't count.
 */
export function namedByCapital(text: string, pos: number): boolean {
  const prev = prevWord(text, pos);
  if (!prev || prev.dotted) return false;
  const c = prev.word.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  if (CAP_EXEMPT.has(prev.word)) return false;
  return !sentenceInitial(text, prev.start);
}

// Prefixes that may be glued to a year with a hyphen without making a name: "mid-2023".
const GLUE_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'since', 'circa', 'c']);

/**
 * Digits glued to letters are identifiers: "G7", "A320", "F-35", "COVID-19", "Su-35",
 * "i24". Returns false for "mid-2023".
 */
export function gluedToLetters(text: string, pos: number): boolean {
  const before = text.charCodeAt(pos - 1);
  if (isLetter(before)) return true;
  if (before === 47) return isDigit(text.charCodeAt(pos - 2)); // "9/11" second half
  if (!isHyphen(before) || !isLetter(text.charCodeAt(pos - 2))) return false;
  let i = pos - 2;
  while (i >= 0 && isLetter(text.charCodeAt(i))) i--;
  return !GLUE_PREFIXES.has(text.slice(i + 1, pos - 1).toLowerCase());
}

/** End of the letters-and-digits run at `pos`, to skip a whole identifier. */
export function endOfRun(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isDigit(c) || isLetter(c)) i++;
    else if ((c === 44 || c === 46 || c === 47 || isHyphen(c)) && isDigit(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

const SPORTS =
  /\b(?:won|wins?|winning|winners?|beat|beats|beaten|defeat(?:s|ed)?|victory|victories|draw|drew|drawn|lead|leads|scored?|scores|scoring|goals?|match|matches|game|games|final|half-?time|full-?time|penalt(?:y|ies)|league|cup|innings)\b/i;

const CLAUSE_END = '.!?\n';

/** Does the sentence around [start, end) talk about a match? Then "2-0" is a score. */
export function inSportsClause(text: string, start: number, end: number): boolean {
  let a = start;
  const minA = Math.max(0, start - 200);
  while (a > minA && !CLAUSE_END.includes(text.charAt(a - 1))) a--;
  let b = end;
  const maxB = Math.min(text.length, end + 120);
  while (b < maxB && !CLAUSE_END.includes(text.charAt(b))) b++;
  return SPORTS.test(text.slice(a, b));
}
