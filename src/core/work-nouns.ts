// The nouns news calls a work by (a film, an album, a video game): a title set beside one is
// the work's, no name. One list for the two rules that read a title so (name-works.ts after
// the title, name-quoted-works.ts before it), which had each kept their own.

import { INLINE_SPACE as S } from './inline-space';

/** A regex alternation (no group): "film|movie|…|video game". */
export const WORK_NOUNS = String.raw`film|movie|novel|book|memoir|album|song|single|documentary|play|musical|opera|series|sitcom|miniseries|podcast|video${S}game`;
