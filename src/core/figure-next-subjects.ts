// "The next talks, COP30, will be held in Belém in November 2025": a sentence whose subject
// is the next of something that recurs dates that next one, however far the date stands from
// "next" (figure-readings.ts reads "next" only a few words before a date). Its date is no
// other meeting's: the store's "the talks are scheduled to close on December 12" is this
// year's.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// The subject at the sentence's start, after a dateline ("BAKU, Azerbaijan — ") if any. "The
// next day, rescuers reached the ferry that sank on May 4" opens on a time, not a subject:
// its dates are this event's.
const NEXT_TIME = String.raw`(?:(?:few|two|three|four|five|six|several|\d+)${S})?(?:day|morning|afternoon|evening|night|week|weekend|month|year|hour|minute)s?\b`;
const NEXT_SUBJECT = new RegExp(String.raw`^${S_OPT}(?:[^.\n—]{1,60}${S}—${S})?(?:the|its|their)${S}next${S}(?!${NEXT_TIME})\p{L}`, 'iu');

/** Whether the date at `start` of `sentence` is in a sentence about the next of something. */
export function dateOfNextSubject(sentence: string, start: number): boolean {
  const subject = NEXT_SUBJECT.exec(sentence);
  return subject !== null && subject[0].length <= start;
}
