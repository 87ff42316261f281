// "Senators Ron Wyden and Mark Warner", "Reps. Frank Pallone and …": a plural title before a
// list of people is a title, as "Senator Ron Wyden"'s is, not the first person's given name.
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
