// "beat the Washington Capitals 4-3 … at the United Center": where a game is played is a
// place, a venue, though its head ("Center") more often names a body ("the Carter Center",
// "Pew Research Center"). Split from entity-typing.ts (the cue) and mention-types.ts (the type).

// Words that end a venue's name and that a body's name may end with too.
const VENUE_WORDS = new Set(['Center', 'Centre']);
// A field of care or study before the head makes it a body where people are treated, held or
// work, not where a game is played ("hurt in the game … at the Harborview Medical Center").
const SERVICE_FIELDS = new Set([
  'Medical', 'Health', 'Cancer', 'Trauma', 'Burn', 'Research', 'Rehabilitation', 'Treatment', 'Detention', 'Correctional', 'Care',
]);
// What happens at a venue, earlier in the sentence: a score, a game's verb or noun.
const GAME_BEFORE =
  /(?:\d+[-–]\d+|\b(?:beat|beats|beaten|defeated|edged|played|plays|hosted|hosts|scored|game|games|match|matches|concert|concerts|fight|bout|tournament))\b[^.!?\n]*$/i;
const AT_THE = /\bat\s+the\s+$/;

/** Whether the name at `start` is where a game the sentence reports was played: "at the"
 *  right before it, a score or a game's word earlier in its sentence. */
export function gameAtVenue(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  return AT_THE.test(before) && GAME_BEFORE.test(before.replace(AT_THE, ''));
}

/** Whether a name ends in a word that names a venue as well as a body ("United Center"). */
export function venueWord(words: string[]): boolean {
  return words.length > 1 && VENUE_WORDS.has(words[words.length - 1] ?? '') && !SERVICE_FIELDS.has(words[words.length - 2] ?? '');
}
