// "The miners have been trapped since August 5, when a collapse of rock blocked the ramp": a
// date followed by ", when" and what happened then is the date of that event, as "the
// collapse on August 5" is, though its own clause ("trapped since …") says only how long.

import { topicLemma } from './measure-lexicon';
import { INLINE_SPACE as S } from './inline-space';
import type { Quantity } from './types';

const WHEN_AFTER = new RegExp(String.raw`^,${S}when${S}(?:a|an|the)${S}(\p{Ll}[\p{Ll}-]*)(?:${S}(\p{Ll}+))?`, 'u');

/** The topic of the event a ", when …" clause after the date `q` of `sentence` names, or null. */
export function whenClauseTopic(sentence: string, q: Quantity): string | null {
  if (q.kind !== 'date') return null;
  const m = WHEN_AFTER.exec(sentence.slice(q.end));
  if (!m) return null;
  // "when a powerful quake struck": one word may come before the noun.
  return topicLemma(m[1] as string) ?? (m[2] === undefined ? null : topicLemma(m[2]));
}
