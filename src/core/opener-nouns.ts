// A capitalised word opening a sentence before a plural noun ("Apple growers in Poland …")
// is a common noun when the page also writes it in lower case ("… Polish apples"), even
// where a stored name is spelled the same. Staff and shares say the company ("Apple shares
// fell", "Hamas fighters"), so those nouns after it never count. Shared by discovery
// (entities.ts) and the stored-name gazetteer (annotate.ts).

import { ORG_MEMBER_NOUNS } from './entity-cues';

// A lower-case plural right after the word: "growers", "prices" (not "is", "has", "was").
const PLURAL_AFTER = /^[ \t\u00a0]+(\p{Ll}{3,}s)\b/u;
const HOLDINGS = new Set(['shares', 'stocks', 'bonds', 'customers', 'users']);
// The start of a sentence, a paragraph, a quotation or the text after a dateline's dash.
const OPENS = /(?:^|[.!?]["”’)]?\s+|\n\s*|\s[—–]\s+|["“‘(]\s*)$/u;
const LETTER = /\p{L}/u;

function pluralNounAfter(after: string): boolean {
  const noun = PLURAL_AFTER.exec(after)?.[1];
  return noun !== undefined && !ORG_MEMBER_NOUNS.has(noun) && !HOLDINGS.has(noun);
}

/** Discovery's test: `isLower` says whether the page writes a word in lower case. */
export function isCommonOpener(word: string, after: string, isLower: (word: string) => boolean): boolean {
  return pluralNounAfter(after) && (isLower(word) || isLower(`${word}s`));
}

/** Whether `word` (or its plural) stands in lower case somewhere in `text`, as a whole word. */
function lowerInText(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const before = text.charAt(at - 1);
    let end = at + lower.length;
    if (text.charAt(end) === 's') end++;
    if ((before === '' || !LETTER.test(before)) && !LETTER.test(text.charAt(end))) return true;
  }
  return false;
}

/** The gazetteer's test for a stored one-word name at `start`–`end` of `text`. */
export function opensAsCommonNoun(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.includes(' ') || !OPENS.test(text.slice(Math.max(0, start - 8), start))) return false;
  return pluralNounAfter(text.slice(end, end + 30)) && lowerInText(text, word);
}
