// A number written in words (quantities.ts): "two officials", "forty-two", "six weeks"; not a
// name's ("Air Force One"), a compound's ("two-state") nor the pronoun "one".

import { parseNumberWordsAt } from './number-words';
import { namedByHead, prevWord, sentenceInitial } from './quantity-context';
import { modifiedSingular } from './quantity-modified-ones';
import { someDay } from './quantity-some-day';
import { type Outcome, DASH_WORD_Y, compound, sticky, tail } from './quantity-parts';
import { ratioAt, toRangeAt } from './quantity-ranges';
import { INLINE_SPACE as S } from './inline-space';

const PRONOUN_ONE_BEFORE = new Set('no any every each the this that which someone anyone'.split(' '));
const ONE_AFTER_Y = new RegExp(String.raw`${S}(?:of|another)(?![A-Za-z])`, 'iy');
// "HOUSTON — Four astronauts", "KOUROU, French Guiana — Three": a dateline in capitals
// (and its region) before a dash opens the story's first sentence.
const DATELINE_BEFORE = /(?:^|\n)\p{Lu}[\p{Lu} .'’-]+(?:,[\p{L} .'’-]+)?\s[—–]\s+$/u;

const POSSESSIVE_BEFORE = new RegExp(String.raw`\p{L}(?:['’]s|s['’])${S}$`, 'u');

/** A number written in words at `pos`: "two officials", "forty-two", "six weeks". */
export function wordsAt(text: string, pos: number): Outcome {
  const parsed = parseNumberWordsAt(text, pos);
  if (!parsed) return null;
  const { value, end } = parsed;
  if (namedByHead(text, pos)) return null; // "phase two"
  const first = text.charCodeAt(pos);
  // A capitalised number word inside a sentence is a name: "Air Force One", "the Six Nations".
  if (first >= 65 && first <= 90 && !sentenceInitial(text, pos) && !DATELINE_BEFORE.test(text.slice(Math.max(0, pos - 60), pos))) {
    return null;
  }
  const comp = compound(text, pos, end, value, true);
  if (comp) return comp;
  if (sticky(DASH_WORD_Y, text, end)) return null; // "two-state", "one-sided"
  const pair = toRangeAt(text, pos, end, value, true) ?? ratioAt(text, pos, end, value, true);
  if (pair) return pair;
  const result = modifiedSingular(text, end, tail(text, pos, end, value));
  // "The women's eight finished 11 seconds ahead": a number word a possessive owns, with no
  // noun after it, is the thing itself (a rowing crew's boat), not a count of anything.
  if (result.form === 'count' && result.unit === null && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) return null;
  if (value === 1 && end - pos === 3) {
    if (someDay(text, pos, result)) return null; // quantity-some-day.ts
    // Pronoun and idiom "one": "one of the officials said", "no one", "one another".
    if (sticky(ONE_AFTER_Y, text, end)) return null;
    const prev = prevWord(text, pos);
    if (prev && PRONOUN_ONE_BEFORE.has(prev.word.toLowerCase())) return null;
    if (result.unit === null) return null;
  }
  return result;
}
