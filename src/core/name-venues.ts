// "beat the Washington Capitals 4-3 … at the United Center": where a game is played is a
// place, a venue, though its head ("Center") more often names a body ("the Carter Center",
// "Pew Research Center"). Split from entity-typing.ts (the cue) and mention-types.ts (the type).

import { INLINE_SPACE as S } from './inline-space';

// Words that end a venue's name and that a body's or a person's name may end with too
// ("Ford Field", "Sally Field"; "Carnegie Hall", "Tyler Hall").
const VENUE_WORDS = new Set(['Center', 'Centre', 'Field', 'Hall']);
// A field of care or study before the head makes it a body where people are treated, held or
// work, not where a game is played ("hurt in the game … at the Harborview Medical Center").
const SERVICE_FIELDS = new Set([
  'Medical', 'Health', 'Cancer', 'Trauma', 'Burn', 'Research', 'Rehabilitation', 'Treatment', 'Detention', 'Correctional', 'Care',
]);
// What happens at a venue, earlier in the sentence: a score, a game's or a race's verb or noun.
const GAME_BEFORE =
  new RegExp(String.raw`(?:\d+[-–]\d+|\b(?:beat|beats|beaten|defeated|edged|play|played|plays|hosted|hosts|scored|game|games|match|matches|concert|concerts|sang|performed|fight|bout|tournament|race|races|marathon|the${S}finish))\b[^.!?\n]*$`, 'i');
// "at the United Center"; "at SAP Center" too where the name ends in a venue's word, as arenas
// are written without the article ("played at Duke" names no venue), or after "nearby".
const AT_THE = new RegExp(String.raw`\bat${S}the${S}$`);
const AT = new RegExp(String.raw`\bat${S}(?:nearby${S})?$`);

/** Whether the name at `start` (to `end`) is where a game the sentence reports was played:
 *  "at the" right before it (or "at" before a venue's word), a score or a game's word earlier
 *  in its sentence. */
export function gameAtVenue(text: string, start: number, end = start): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const at = AT_THE.test(before) ? AT_THE : AT.test(before) && venueWord(text.slice(start, end).split(/\s+/)) ? AT : null;
  return at !== null && GAME_BEFORE.test(before.replace(at, ''));
}

/** Whether a name ends in a word that names a venue as well as a body ("United Center"). */
export function venueWord(words: string[]): boolean {
  return words.length > 1 && VENUE_WORDS.has(words[words.length - 1] ?? '') && !SERVICE_FIELDS.has(words[words.length - 2] ?? '');
}
