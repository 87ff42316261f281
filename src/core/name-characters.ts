// "sung the role of Quasimodo", "his love for the dancer Esmeralda": a character a performer
// plays, or a name after a performer's or a story's noun, is a person's, where one word alone
// would default to a body. Votes for entity-typing.

import { INLINE_SPACE as S } from './inline-space';

// "sung the role of", "played the part of", "the title role of": what an actor or a singer
// plays. The verb or the kind of role must be there: "the role of Hamas in the attack", "the
// part of Apple that makes chips", "cast doubt on the role of Amazon" are a body's.
const ROLE_OF = new RegExp(
  String.raw`\b(?:(?:play|plays|played|playing|sing|sings|sang|sung|singing|dance|dances|danced|dancing|perform|performs|performed|performing|cast${S}(?:in|as)|reprise|reprises|reprised|reprising|star|stars|starred|starring|created|understudy|understudied)\b[^.;:!?\n]{0,30}?|(?:title|lead|leading|starring|speaking|singing|dancing)${S})\b(?:role|roles|part|parts)${S}of${S}$`,
  'u',
);
// Nouns of performers and of a story's people, right before the name ("the dancer Esmeralda",
// "the poet Rumi"); none is a body's (a carrier, a maker, a river are).
const PERFORMERS = new Set([
  'dancer', 'singer', 'actor', 'actress', 'poet', 'painter', 'novelist', 'composer', 'pianist', 'violinist', 'cellist',
  'guitarist', 'rapper', 'comedian', 'sculptor', 'playwright', 'heroine', 'hero', 'villain', 'narrator', 'soprano', 'tenor',
  'baritone', 'ballerina', 'hunchback', 'bell-ringer',
]);
// The determiner may open the sentence ("The poet Heaney read"), or a line.
const NOUN_BEFORE = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Aa]n?|young|old|[Hh]is|[Hh]er|[Tt]heir)${S}(?:\p{Ll}+${S})?([\p{Ll}-]+)${S}$`, 'u');

/** Person votes for a name from the words before it: 3 after "the role of", 2 after a
 *  performer's noun, else 0. */
export function characterVotes(before: string): number {
  if (ROLE_OF.test(before)) return 3;
  const noun = NOUN_BEFORE.exec(before)?.[1];
  return noun !== undefined && PERFORMERS.has(noun) ? 2 : 0;
}
