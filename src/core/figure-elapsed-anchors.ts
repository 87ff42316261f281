// "106 days after it ran aground": a span of time said up to now from an event is set by that
// event, in the clause "after" or "since" opens, which the clause splitter leaves outside the
// figure's own (it ends at "after"). Its words are the span's: the restated-words test
// (figure-restated-words.ts) reads them, so the stored "106 days after it ran aground, once
// …" is restated, and "106 days after the settlement" is not.

import { INLINE_SPACE as S } from './inline-space';

const SPAN = /(?:second|minute|hour|day|week|month|year)s?$/i;
// The event after the span, up to the clause's end.
const ANCHOR_Y = new RegExp(String.raw`${S}(?:after|since)${S}([^,;:.()\u2014\u2013]{3,80})`, 'iy');

/** The words of the event the span of time `sentence.slice(start, end)` runs from, or ''. */
export function elapsedAnchor(sentence: string, start: number, end: number): string {
  if (!SPAN.test(sentence.slice(start, end))) return '';
  ANCHOR_Y.lastIndex = end;
  return ANCHOR_Y.exec(sentence)?.[1] ?? '';
}
