// "Senators Ron Wyden and Mark Warner", "Reps. Frank Pallone and …": a plural title before a
// list of people is a title, as "Senator Ron Wyden"'s is, not the first person's given name,
// and it is the title of every name in the list ("Senators Wyden and Warner").
// Only at a name's start: after a place it is a team's or a body's last word ("the Ottawa
// Senators"), and alone it is a common noun or a team's short name ("the Senators won").
// Used by name-trim.ts.

import { ORG_HEADS, TITLE_HEADS } from './entity-cues';
import type { Piece } from './name-pieces';

const PLURAL_TITLES = new Set([
  'Senators', 'Sens.', 'Representatives', 'Reps.', 'Congressmen', 'Congresswomen', 'Congressmembers', 'Governors', 'Govs.',
]);

/** Whether the run's first piece is a plural title before a person's name: a plain word,
 *  neither a title ("Senators Coach Travis Green" is a team's coach) nor a body's head. */
export function opensWithPluralTitle(pieces: Piece[]): boolean {
  const next = pieces[1];
  if (!PLURAL_TITLES.has(pieces[0]?.text ?? '') || !next || next.connector) return false;
  return !TITLE_HEADS.has(next.text) && !ORG_HEADS.has(next.text);
}

// What joins two names of one list: ", ", " and ", ", and ".
const LIST_GAP = /^(?:,[ \t\u00a0]+(?:and[ \t\u00a0]+)?|[ \t\u00a0]+and[ \t\u00a0]+)$/;

/** Whether `run` is the next name of a list a plural title opened (`listed`, the run before:
 *  "Senators Wyden" or a name already taken into the list), so the title is its too: joined
 *  by a comma or "and" only, plain words with no head or title, and no name the lexicon
 *  knows as something else ("Senators Wyden and Warner", not "… and Apple"). */
export function continuesTitledList(listed: Piece[], run: Piece[], text: string, isOther: (name: string) => boolean): boolean {
  const last = listed[listed.length - 1];
  const first = run[0];
  if (!last || !first || !LIST_GAP.test(text.slice(last.end, first.start))) return false;
  if (run.some((p) => p.connector || TITLE_HEADS.has(p.text) || ORG_HEADS.has(p.text))) return false;
  return !isOther(run.map((p) => p.text).join(' '));
}
