// "Donations reached €846 million. The largest came from the Pinault family, €100 million":
// a superlative with its noun left out ("the largest", "the biggest single one") is the
// largest of what the sentence before spoke of, so a figure of its sentence is of that too:
// a donation, as "The largest gifts were pledged …: €100 million from the Pinault family" is.

import { topicLemma } from './measure-lexicon';
import { words } from './measure-words';
import { INLINE_SPACE as S } from './inline-space';
import type { Quantity } from './types';

const ELIDED = new RegExp(
  String.raw`^(?:The|Its|Their)${S}(?:(?:two|three|single)${S})?(?:largest|biggest|smallest|highest|lowest)${S}(?:single${S})?(?:one${S}|ones${S})?(?:came|was|were|is|are|went)\b`,
);

// "Donations reached €846 million, and the repairs will cost €1 billion. The largest came
// from …": the largest is of what the first clause spoke of, not of the clause joined to it.
const NEXT_CLAUSE = new RegExp(String.raw`,${S}(?:and|but|while|whereas)${S}|;`);

/** The topics of `before` (the sentence before; its first clause) for a figure `q` of a
 *  `sentence` that opens with a superlative whose noun is left out; none otherwise. */
export function elidedSuperlativeTopics(sentence: string, q: Quantity, before: string): string[] {
  if (q.kind !== 'number' || before === '' || !ELIDED.test(sentence.slice(0, q.start))) return [];
  return [...new Set(words(before.split(NEXT_CLAUSE)[0] as string).map(topicLemma).filter((t): t is string => t !== null))];
}
