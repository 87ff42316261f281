// "the Chicago Symphony and Lyric Opera Company": a name ending in an ensemble's word is a
// body of its own, so an "and" after it lists a second body, whose own words follow. Where
// the words after "and" open with another ensemble's word, the two name one body's arts:
// "the Novosibirsk Opera and Ballet Theatre". Only the split of an "and" reads these words;
// alone they do not make a name a body's ("Beethoven's Ninth Symphony" is a work).

const ENSEMBLE_WORDS = new Set(['Symphony', 'Orchestra', 'Philharmonic', 'Opera', 'Ballet', 'Choir', 'Chorus']);

/** Whether `left` (the words before "and") ends in an ensemble's word and `right` (the words
 *  after) does not open with one. */
export function ensembleListed(left: readonly string[], right: readonly string[]): boolean {
  return left.length > 1 && ENSEMBLE_WORDS.has(left[left.length - 1] ?? '') && right.length > 0 && !ENSEMBLE_WORDS.has(right[0] ?? '');
}
