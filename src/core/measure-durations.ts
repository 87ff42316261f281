// How long something lasts and how long it has run so far, told apart by the words around a
// duration.

import { isDuration } from './quantity-kinds';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// How long something lasts ("the 42-day truce", "will last six weeks") and how long it has
// run so far ("three weeks into the truce", "after 15 months of war") are different
// measures: a truce's length says nothing of how long it has held. Marked in the measure
// with a word no text yields, so figure-similarity can keep the two apart.
export const LENGTH_MARK = 'duration:length';
export const ELAPSED_MARK = 'duration:elapsed';
const COMPOUND_DURATION = /[-\u2010\u2011][A-Za-z]+(?:[-\u2010\u2011]long)?$/;
const LENGTH_BEFORE = new RegExp(String.raw`\b(?:will${S})?last(?:s|ing)?${S}(?:for${S})?$`, 'i');
const LENGTH_AFTER = new RegExp(String.raw`^${S}long\b`, 'i');
const ELAPSED_BEFORE = new RegExp(String.raw`\b(?:after|following|past|holding${S}for|held${S}for)${S}$`, 'i');
const ELAPSED_AFTER = new RegExp(String.raw`^${S}(?:into|since|ago)\b`, 'i');

/** LENGTH_MARK, ELAPSED_MARK or null (the sentence does not say) for a duration. */
export function durationAspect(sentence: string, q: Quantity): string | null {
  if (!isDuration(q)) return null;
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  const after = sentence.slice(q.end, q.end + 20);
  if (COMPOUND_DURATION.test(q.text) || LENGTH_BEFORE.test(before) || LENGTH_AFTER.test(after)) return LENGTH_MARK;
  if (ELAPSED_BEFORE.test(before) || ELAPSED_AFTER.test(after)) return ELAPSED_MARK;
  return null;
}
