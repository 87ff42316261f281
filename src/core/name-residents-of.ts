// "Residents of Schuld and Dernau said", "the mayor of Altenahr", "villagers of Pelzbach": those
// who live in a name, or the mayor of it, make it a town, a place, where a lone unknown word
// defaults to a body. Later names of the same list ("of Schuld and Dernau") share the reading.

import { INLINE_SPACE as S } from './inline-space';

const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:${S}\p{Lu}[\p{L}’'-]*)*`;
const LIST = String.raw`(?:${NAME},${S}){0,4}(?:${NAME},?${S}(?:and|or)${S})?`;
const DWELLERS_OF = new RegExp(
  String.raw`\b(?:[Rr]esidents|[Ii]nhabitants|[Vv]illagers|[Tt]ownspeople|[Tt]ownsfolk)${S}of${S}${LIST}$`,
  'u',
);
// One mayor has one town: in "the mayor of Pelzbach and Hallett said", Hallett is a second speaker.
const MAYOR_OF = new RegExp(String.raw`\b(?:[Mm]ayor|[Dd]eputy${S}mayor)${S}of${S}$`, 'u');

/** Votes for a place when the name is where the residents named before it live. */
export function residentsOfVote(before: string): number {
  return DWELLERS_OF.test(before) || MAYOR_OF.test(before) ? 3 : 0;
}
