// The day a status began: "the WHO declared mpox a public health emergency of international
// concern on Aug. 14, 2024" and "a public health emergency of international concern, a status
// it has held since August 2024" date one thing, the declaration, as "has been investigating
// since March 13" dates the opening of an investigation. Both get a mark of their own, so the
// two dates are of one event (figure-similarity.ts) while a meeting on the status, in the same
// sentence as the word "emergency", is not.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export const DECLARED = 'declared-on';

// "declared mpox a public health emergency … on Aug. 14, 2024": the verb and the date in one
// clause, no comma or stop between.
const DECLARED_BEFORE = new RegExp(String.raw`\b(?:declared|declares|declaring|declare)\b[^,;:.!?\n]{0,90}?\b(?:on|in)${S}$`, 'i');
// "a status it has held since August 2024", "a designation which the country has kept since":
// a status held since a day was given that day.
const STATUS_SINCE_BEFORE =
  new RegExp(String.raw`\b(?:status|designation|classification|label|title)${S}(?:(?:that|which)${S})?(?:it|he|she|they|[\p{Lu}\p{Ll}][\p{L}’'-]*|the${S}[\p{L}-]+)${S}(?:has|have|had)${S}(?:held|had|kept|carried|borne)${S}since${S}$`, 'u');

/** DECLARED for a date that says when something was declared, or when a status held since
 *  began; null otherwise. */
export function declaredOn(sentence: string, q: Quantity): string | null {
  if (q.kind !== 'date') return null;
  const before = sentence.slice(Math.max(0, q.start - 120), q.start);
  return DECLARED_BEFORE.test(before) || STATUS_SINCE_BEFORE.test(before) ? DECLARED : null;
}
