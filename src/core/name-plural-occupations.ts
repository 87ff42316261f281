// "Hydrologists said the lesson had been the same", "Seismologists warned", "Statisticians
// found": a plural noun of a trade or a science, capitalised only because it opens the
// sentence, is no name, like the "Economists" and "Scientists" of stop-words.ts, which cannot
// list every science. No person's, place's or body's one-word name ends so. Alone only: before
// another capitalised word it opens a body's name ("Musicians Union", "Physicians Committee").

const PLURAL_OCCUPATION = /^\p{Lu}\p{Ll}{2,}(?:ists|icians)$/u;

/** Whether a sentence-opening word is the plural of a trade or a science ("Hydrologists"). */
export function isPluralOccupation(word: string): boolean {
  return PLURAL_OCCUPATION.test(word);
}
