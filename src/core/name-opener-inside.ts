// A sentence's first word is dropped when it is a common opener ("First", "New", "Signature"
// written in lower case elsewhere), but the page may show it to be a name's own first word:
// "Shares of First Citizens rose" makes "First Citizens BancShares agreed …" one name, and
// "seized First Republic Bank" makes "First Republic, which had …" one. Used by name-trim.ts.

// A lower-case word (and a comma or quote after it) right before the phrase: mid-sentence.
const LOWER_WORD_BEFORE = /(?:^|[\s(“"])\p{Ll}[\p{L}’'-]*[,;]?\s+$/u;
const LETTER_AFTER = /^[\p{L}\d]/u;

/** Whether `text` writes `phrase` inside a sentence, after a lower-case word, as a whole
 *  word sequence ("of First Citizens" but not "First Citizenship"). */
export function writtenInsideSentence(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (LETTER_AFTER.test(text.slice(at + phrase.length, at + phrase.length + 1))) continue;
    if (LOWER_WORD_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}
