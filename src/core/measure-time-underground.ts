// "ending 69 days underground at the San José mine" is the time shut in below ground, as
// "trapped for 69 days" is (the lexicon's trapped). "underground" alone is no such word:
// "bored 700 metres underground in 33 days", "the underground car park went 40 days without
// pay" are other lengths. Only a length said to be spent underground is.

import { INLINE_SPACE as S } from './inline-space';
import { isDuration } from './quantity-kinds';
import type { Quantity } from './types';

const TRAPPED = 'trapped';
const BELOW_AFTER = new RegExp(String.raw`^${S}(?:underground|below${S}ground)\b`);
const BELOW_BEFORE = new RegExp(String.raw`\b(?:underground|below${S}ground)${S}for${S}$`);

/** The lexicon's "trapped" for a length `q` of `sentence` spent underground, else null. */
export function timeUnderground(sentence: string, q: Quantity): string | null {
  if (!isDuration(q)) return null;
  const below = BELOW_AFTER.test(sentence.slice(q.end)) || BELOW_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start));
  return below ? TRAPPED : null;
}
