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
