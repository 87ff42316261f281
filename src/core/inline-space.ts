// One spelling of the gap between two words of a phrase in a pattern: a run of white space
// that stays on its line, so a phrase never reads across a paragraph break.

/** RegExp source: one or more white-space characters, none a line break ("\n"). */
export const INLINE_SPACE = String.raw`[^\S\n]+`;
