// A deal's dates are of its steps: the day it was signed ("was signed on Dec. 18, 2023") is not
// the day it is to close ("is expected to close in the second or third quarter of 2024"), so
// neither differs from the other, though both are the deal's.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** Marks of the two steps (lemmas of their own in the lexicon). */
export const SIGNED_STEP = 'deal-signed';
export const CLOSING_STEP = 'deal-closing';

const SIGNED_BEFORE = new RegExp(String.raw`\b(?:signed|agreed|struck|announced)${S}(?:on|in)${S}$`, 'i');
// "close in the second or third quarter of 2024", "to close it by September", "completed on".
const CLOSING_BEFORE =
  new RegExp(String.raw`\b(?:close|closes|closed|closing|complete|completes|completed|completion)(?:${S}it)?${S}(?:in|by|on|before|after|during)${S}(?:the${S}(?:[a-z]+${S}){0,5}of${S})?$`, 'i');

/** The step mark of a date a verb of a deal's step says, or null. */
export function dealStep(sentence: string, q: Quantity): string | null {
  if (q.kind !== 'date') return null;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (SIGNED_BEFORE.test(before)) return SIGNED_STEP;
  return CLOSING_BEFORE.test(before) ? CLOSING_STEP : null;
}

/** Whether two dates' topics say they are of different steps. */
export function stepsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const step = (t: ReadonlySet<string>) => (t.has(SIGNED_STEP) ? SIGNED_STEP : t.has(CLOSING_STEP) ? CLOSING_STEP : null);
  const [x, y] = [step(a), step(b)];
  return x !== null && y !== null && x !== y;
}
