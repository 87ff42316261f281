// "the Church of England", "the Church of Jesus Christ of Latter-day Saints", "the Church of
// Scotland": a church named "of" a country, a people or its faith's founder is a
// denomination, a body, where a church named for its dedication is a building, a place ("the
// Church of the Holy Sepulchre", "the Church of St. Mary", "the Church of Santa Maria").
// Used by mention-types.ts (through name-streets.ts) to type it, and by name-runs.ts to let
// such a body's name go on through a second "of", as an institution's does.

// What opens a dedication after "Church of": an article, a saint (in the languages churches
// keep: "Santo Domingo", "Santi Apostoli", "Sant Pere"), Mary ("Mary Magdalene"), the Holy …
const DEDICATION_OPENERS = new Set([
  'the', 'St', 'St.', 'Saint', 'Saints', 'Sts', 'Sts.', 'Ss', 'Ss.', 'Sainte', 'Santa', 'Santo', 'Santi', 'Sant', 'San', 'São', 'Our', 'Notre', 'Holy', 'Blessed', 'Mary',
]);

/** Whether the words ("Church", "of", "England", …; a leading "The" aside) name a
 *  denomination: "Church of" and a word that opens no dedication. */
export function churchBody(words: readonly string[]): boolean {
  const w = words[0] === 'The' ? words.slice(1) : words;
  return w[0] === 'Church' && w[1] === 'of' && w[2] !== undefined && !DEDICATION_OPENERS.has(w[2]);
}
