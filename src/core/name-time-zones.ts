// "went out at 04:09 UTC", "at 9 a.m. EDT", "by noon GMT": the letters after a time of day
// name its time zone, which is no body, though a lone acronym reads as one by default. Only
// right after a clock time and only a zone's letters (those dates.ts reads after a date's
// time, and a few more), so "at 9 a.m. CNN reported" and "the 10:30 BBC bulletin" keep
// their names. Used by name-runs.ts beside the clock words (name-clock-words).

import { CALENDAR, DAY_WORDS } from './calendar-words';

const ZONES = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'EST', 'EDT', 'ET', 'PST', 'PDT', 'PT', 'CST', 'CDT', 'IST', 'IDT',
  'MST', 'MDT', 'MT', 'CT', 'AEST', 'AEDT', 'JST', 'KST', 'HKT', 'SGT',
]);
// A time of day just before: "04:09", "9 a.m.", "11.45pm", "noon", "midnight".
const CLOCK_BEFORE = /(?:\b\d{1,2}[:.]\d{2}(?:[ \t\u00a0]*(?:[ap]\.?m\.?))?|\b\d{1,2}[ \t\u00a0]*[ap]\.?m\.?|\b(?:noon|midnight))[ \t\u00a0]+$/i;
// "(UTC)" or "UTC+2" stay zones too; a capitalised word after would make a longer name,
// but not a weekday's or a month's ("at 9:30 ET Monday"), which ends a run anyway ("ET
// Today", a paper, keeps its name).
const NAME_NEXT = /^[ \t\u00a0]+(\p{Lu}\p{Ll}+\.?)/u;

/** Whether the word text[start, end) is a time zone after a clock time. */
export function timeZoneAfterClock(text: string, start: number, end: number): boolean {
  if (!ZONES.has(text.slice(start, end))) return false;
  if (!CLOCK_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const next = NAME_NEXT.exec(text.slice(end, end + 16))?.[1];
  return next === undefined || (CALENDAR.has(next) && !DAY_WORDS.has(next));
}
