// "Malu Dreyer's Social Democrats won", "the Free Democrats", "the Sweden Democrats": a name of
// two or more words ending in a party's plural is the party, a body. Two capitalised words
// after a person's possessive otherwise read as another person; no surname is "Democrats".

const PARTY_PLURALS = new Set([
  'Democrats', 'Republicans', 'Socialists', 'Liberals', 'Conservatives', 'Communists', 'Nationalists',
]);

/** Whether the words end in a party's plural after at least one other word. */
export function endsInPartyPlural(words: readonly string[]): boolean {
  return words.length > 1 && PARTY_PLURALS.has(words[words.length - 1] ?? '');
}
