// "Keller, a junior from San Antonio, found Dade", "Ruiz, a native of Oaxaca,": some nouns in
// an apposition are said only of a person (a school year, where someone is from or lives,
// a family role), though none is a role noun (entity-cues' ROLE_NOUNS) and the apposition's
// head may be followed by "from", which the general apposition (apposition.ts) does not read.
// Used by entity-typing.ts.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const PERSON_APPOSITION =
  new RegExp(String.raw`^,${S}(?:a|an|the)${S}(?:(?:\d+-year-old|former|fellow|longtime|lifelong|retired|first-year)${S})?(?:junior|senior|sophomore|freshman|redshirt|rookie|native|resident|newcomer|grandmother|grandfather|mother|father|widow|widower|retiree)(?=${S}(?:from|of|in|at|who|whose)\b|${S_OPT}[,.;:—–)])`, 'u');

/** The person votes an apposition of a person's noun gives (3), else 0. */
export function personAppositionVote(after: string): number {
  return PERSON_APPOSITION.test(after) ? 3 : 0;
}
