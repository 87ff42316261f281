// "fines of up to $1,000 per day" against a stored "fines of up to $500 per violation": a cap
// per span of time and a cap per thing are caps of two measures, so the page's higher cap is
// no new value of the stored one (figure-two-ceilings.ts would say "differs"). Caps per thing
// ("per vehicle", "per car") stay comparable: the things are often named two ways.

import { INLINE_SPACE as S } from './inline-space';

const CAP_TEXT = new RegExp(String.raw`^(?:up${S}to|as${S}much${S}as|as${S}many${S}as|no${S}more${S}than|at${S}most|a${S}maximum${S}of)[^\S\n]`, 'iu');
const PER_TIME_AFTER = new RegExp(String.raw`^${S}(?:per|a|an|each|every)${S}(?:second|minute|hour|day|night|week|month|quarter|year)\b`, 'iu');

/** Whether a cap ends at `end` of `sentence` and is counted per span of time. */
function perTime(sentence: string, end: number): boolean {
  return PER_TIME_AFTER.test(sentence.slice(end, end + 20));
}

/** Whether the page cap and the stored cap are of different bases: one per span of time, the
 *  other not. */
export function capsOfOtherBases(page: { text: string; end: number }, sentence: string, stored: { text: string; end: number }, storedSentence: string): boolean {
  return CAP_TEXT.test(page.text) && CAP_TEXT.test(stored.text) && perTime(sentence, page.end) !== perTime(storedSentence, stored.end);
}
