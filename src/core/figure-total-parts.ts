// A count said as one of several ("the first wave of layoffs cut 300 jobs", "each of the
// schools received 200 laptops", "the first batch of 50 tanks") is a part by its own words: a
// total of the same value elsewhere ("300 jobs in total over three rounds", "200 laptops in
// all") is no restatement of it, only a chance equal value (figure-restated-totals.ts).

// Not "per cent", "for the first time", "the latest tally" (a total's source) nor "the last
// year" (the time up to now): these say a total, or nothing of parts.
import { INLINE_SPACE as S } from './inline-space';

const SOURCES = String.raw`(?:time|count|tally|toll|figures?|estimates?|data|reports?|census)\b`;
const PERIODS = String.raw`(?:years?|months?|weeks?|days|decades?|hours)\b`;
const ONE_OF_SEVERAL = new RegExp(
  String.raw`\b(?:each|every|per(?!${S}cent\b)|the${S}(?:(?:first|second|third|fourth|fifth|initial|next|previous|opening)${S}(?!${SOURCES})|(?:latest|last)${S}(?!${SOURCES}|${PERIODS}))\p{Ll}+)\b`,
  'iu',
);

/** Whether the clause around the figure `start`–`end` of `sentence` says it is one of several. */
export function oneOfSeveral(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, sentence.lastIndexOf(',', start) + 1, start - 60);
  const commaAfter = sentence.indexOf(',', end);
  const to = Math.min(sentence.length, end + 40, commaAfter < 0 ? sentence.length : commaAfter);
  return ONE_OF_SEVERAL.test(sentence.slice(from, start)) || ONE_OF_SEVERAL.test(sentence.slice(end, to));
}
