// A group named for its cause, people of a kind "for" what they seek: "Students for Fair
// Admissions", "Parents for Safe Schools", "Citizens for Responsibility and Ethics". The plural
// opens the name and heads it only before "for"; alone it is a common noun ("the Students").
// Demonyms are not here ("Americans for Prosperity" opens with one; the demonym rule keeps it).

export const PEOPLE_FOR_HEADS = new Set([
  'Students', 'Citizens', 'Parents', 'Mothers', 'Moms', 'Fathers', 'Families', 'Doctors', 'Physicians',
  'Scientists', 'Lawyers', 'Veterans', 'Taxpayers', 'Voters', 'Women', 'Teachers', 'Nurses', 'Patients',
  'Workers', 'Friends', 'Neighbors', 'Neighbours', 'Residents',
]);

/** "Students for Fair Admissions": a people's plural opens the name, "for" and a cause of two
 *  words or more follow it ("Workers for Amazon" are an employer's workers, no group). */
export function isPeopleForName(words: readonly string[]): boolean {
  return words.length > 3 && PEOPLE_FOR_HEADS.has(words[0] ?? '') && words[1] === 'for';
}

interface Word {
  text: string;
  connector: boolean;
}

/** "Citizens for Responsibility": a people's plural, "for" and one word of its cause, which
 *  may go on with "and" ("… and Ethics"); splitAtAnd then asks peopleForPair. */
export function peopleForOpen(current: readonly Word[]): boolean {
  return current.length === 3 && PEOPLE_FOR_HEADS.has(current[0]?.text ?? '') && current[1]?.text === 'for' && current[2]?.connector === false;
}

/** "Citizens for Responsibility and Ethics": a cause of two single words joined by "and" is
 *  one group's name when the word after "and" is an abstract noun by its ending, as causes
 *  are ("Ethics", "Justice", "Accountability", "Freedom"). A proper name there lists a
 *  second body ("Students for Fairness and Harvard"), and so do two words or more. */
export function peopleForPair(left: readonly Word[], right: readonly Word[], isKnown: (word: string) => boolean): boolean {
  const word = right[0];
  return peopleForOpen(left) && right.length === 1 && word !== undefined && !word.connector && ABSTRACT.test(word.text) && !isKnown(word.text);
}

const ABSTRACT = /^\p{Lu}\p{Ll}+(?:ics|ity|ness|ion|ment|ance|ence|cy|dom|ship|ice|ty|th)$/u;
