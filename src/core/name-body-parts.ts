// "Alan Shaw told the Senate Commerce Committee … a vote in the Senate", "the House Judiciary
// Committee … the House voted": a committee named with its chamber's name first is a part of
// that chamber, so the chamber's name alone is the chamber, not the committee's short form as
// "Meta" is of "Meta Platforms" (mention-types' orgOpeners). Used by mention-types.ts.

const PART_HEADS = new Set(['Committee', 'Subcommittee', 'Caucus']);

/** Whether an organisation's name, in words, is a part of the body its first word names:
 *  a committee or caucus of three words or more ("Senate Commerce Committee"). */
export function namesPartOfBody(words: readonly string[]): boolean {
  return words.length >= 3 && PART_HEADS.has(words[words.length - 1] ?? '');
}
