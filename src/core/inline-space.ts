// One spelling of the gap between two words of a phrase in a pattern: a run of white space
// that stays on its line, so a phrase never reads across a paragraph break.

/** RegExp source: one or more white-space characters, none a line break ("\n"). */
export const INLINE_SPACE = String.raw`[^\S\n]+`;

/** RegExp source: INLINE_SPACE or nothing, for the optional gap before a mark or at an end. */
export const INLINE_SPACE_OPT = String.raw`[^\S\n]*`;
