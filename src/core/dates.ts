// Dates and clock times written with digits: "October 7, 2023", "Feb. 4", "7 October",
// "2023-10-07", "9 a.m.", "14:00 GMT". Hand-written sticky regexes rather than chrono-node,
// which is far too big for the content script and also reads relative phrases ("last month")
// that the annotation guidelines say are not dates.
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './month-names';
import { INLINE_SPACE as SP } from './inline-space';

export interface DateMatch {
  end: number;
  form: 'date' | 'time';
  iso: string;
}

const MONTHS = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
}));

/** Month names are capitalised in running text; "may" and "march" lower-case are verbs. */
export function monthNumber(word: string): number | null {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return null;
  return MONTHS.get(word.toLowerCase()) ?? null;
}

const FULL = MONTH_NAMES.join('|');
const ABBR = MONTH_ABBREVIATIONS.join('|');
// Year: four digits not continuing into a longer number or a grouped figure ("2,025").
const YEAR = '(\\d{4})(?!\\d|,\\d)';

// "October 7, 2023", "Feb. 4", "January 21st". The day must not run on into digits, a clock
// time or a grouped figure ("October 7,000" is no date).
const MONTH_DAY_Y = new RegExp(
  `((?:(${FULL})|(${ABBR})\\.?)${SP}(\\d{1,2})(?:st|nd|rd|th)?(?![\\dA-Za-z:]|[.,]\\d))(?:,?${SP}${YEAR})?`,
  'y',
);
// "February 2025", "Oct. 2023".
const MONTH_YEAR_Y = new RegExp(`(?:(${FULL})|(${ABBR})\\.?)${SP}${YEAR}`, 'y');
// "7 October", "7th of October 2023", "30 Jan". An abbreviation's dot is kept only before a year.
const DAY_MONTH_Y = new RegExp(
  `((\\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?(?:(${FULL})|(${ABBR}))(?![A-Za-z]))(?:\\.?,?${SP}${YEAR})?`,
  'y',
);
const ISO_Y = /(\d{4})-(\d{2})-(\d{2})(?![\d-])/y;

// "9 a.m.", "9am", "9:30 p.m.", "9.30pm". The "a"/"p" must be followed by "m" (with or
// without dots) so "9 a man" is not a time.
const AMPM_Y = /(\d{1,2})(?:[:.](\d{2}))?[^\S\n]?([aApP])(?:\.[^\S\n]?[mM]\.?|[mM](?![A-Za-z]))/y;
// "10:30", "14:00", "14:00:05".
const CLOCK_Y = /(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])/y;
// "12 noon", "12 midnight"; military "0630 GMT" only with its zone, or it is just a number.
const NOON_Y = new RegExp(String.raw`12${SP}(noon|midnight)(?![A-Za-z])`, 'y');
const MILITARY_Y = new RegExp(String.raw`([01]\d|2[0-3])([0-5]\d)(?=${SP}(?:GMT|UTC)(?![A-Za-z]))`, 'y');
const ZONE_Y = new RegExp(String.raw`${SP}(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|ET|PST|PDT|PT|CST|CDT|IST|IDT)(?![A-Za-z])`, 'y');

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validYear(y: number): boolean {
  return y >= 1800 && y <= 2199;
}

/** A month's English name or abbreviation ("Sept" too), in any case: 1–12, or 0. */
export function monthFromName(word: string): number {
  return MONTHS.get(word.toLowerCase()) ?? 0;
}

function monthOf(full: string | undefined, abbr: string | undefined): number {
  return monthFromName(full ?? abbr ?? '');
}

// Longest day of each month (February in a leap year).
const MONTH_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(month: number, day: number): boolean {
  return day >= 1 && day <= (MONTH_DAYS[month] ?? 0);
}

function isoDate(year: number | null, month: number, day: number): string {
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** At a capitalised month name: "October 7, 2023", "Feb. 4", "February 2025". */
export function monthFirstDateAt(text: string, pos: number): DateMatch | null {
  MONTH_DAY_Y.lastIndex = pos;
  const m = MONTH_DAY_Y.exec(text);
  if (m) {
    const month = monthOf(m[2], m[3]);
    const day = Number(m[4]);
    const year = m[5] === undefined ? null : Number(m[5]);
    if (validDay(month, day)) {
      // An implausible year stays out: the day alone is the date.
      if (year === null || !validYear(year)) {
        return { end: pos + (m[1] ?? '').length, form: 'date', iso: isoDate(null, month, day) };
      }
      return { end: pos + m[0].length, form: 'date', iso: isoDate(year, month, day) };
    }
  }
  MONTH_YEAR_Y.lastIndex = pos;
  const y = MONTH_YEAR_Y.exec(text);
  if (y && validYear(Number(y[3]))) {
    return { end: pos + y[0].length, form: 'date', iso: `${y[3]}-${pad(monthOf(y[1], y[2]))}` };
  }
  return null;
}

/** At a digit: "7 October", "2023-10-07". */
export function dayFirstDateAt(text: string, pos: number): DateMatch | null {
  ISO_Y.lastIndex = pos;
  const iso = ISO_Y.exec(text);
  if (iso) {
    const month = Number(iso[2]);
    const day = Number(iso[3]);
    if (validYear(Number(iso[1])) && validDay(month, day)) {
      return { end: pos + iso[0].length, form: 'date', iso: iso[0] };
    }
  }
  DAY_MONTH_Y.lastIndex = pos;
  const m = DAY_MONTH_Y.exec(text);
  if (!m) return null;
  const day = Number(m[2]);
  const month = monthOf(m[3], m[4]);
  if (!validDay(month, day)) return null;
  const year = m[5] === undefined ? null : Number(m[5]);
  if (year === null || !validYear(year)) {
    return { end: pos + (m[1] ?? '').length, form: 'date', iso: isoDate(null, month, day) };
  }
  return { end: pos + m[0].length, form: 'date', iso: isoDate(year, month, day) };
}

function withZone(text: string, end: number): number {
  ZONE_Y.lastIndex = end;
  const z = ZONE_Y.exec(text);
  return z ? end + z[0].length : end;
}

/** At a digit: "9 a.m.", "10:30", "14:00 GMT". iso is "HH:MM". */
export function timeAt(text: string, pos: number): DateMatch | null {
  AMPM_Y.lastIndex = pos;
  const a = AMPM_Y.exec(text);
  if (a) {
    let hour = Number(a[1]);
    const minute = a[2] === undefined ? 0 : Number(a[2]);
    if (hour >= 1 && hour <= 12 && minute < 60) {
      const pm = a[3] === 'p' || a[3] === 'P';
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      return { end: withZone(text, pos + a[0].length), form: 'time', iso: `${pad(hour)}:${pad(minute)}` };
    }
  }
  NOON_Y.lastIndex = pos;
  const noon = NOON_Y.exec(text);
  if (noon) return { end: pos + noon[0].length, form: 'time', iso: noon[1] === 'noon' ? '12:00' : '00:00' };
  MILITARY_Y.lastIndex = pos;
  const mil = MILITARY_Y.exec(text);
  if (mil) return { end: withZone(text, pos + mil[0].length), form: 'time', iso: `${mil[1]}:${mil[2]}` };
  CLOCK_Y.lastIndex = pos;
  const c = CLOCK_Y.exec(text);
  if (c) {
    const hour = Number(c[1]);
    const minute = Number(c[2]);
    if (hour <= 24 && minute < 60) {
      return { end: withZone(text, pos + c[0].length), form: 'time', iso: `${pad(hour)}:${pad(minute)}` };
    }
  }
  return null;
}

/**
 * The full day ("2025-01-21") of a date written without its year ("--01-21") in an article
 * of `reference` (yyyy-mm-dd…): news means the nearest such day, so "January 21" in a report
 * of 3 February 2025 is 21 January 2025 and in one of 30 December 2024 the coming January.
 * A date with its year is returned as it is; null when the date has no day or there is no
 * valid reference.
 */
export function dayInContext(iso: string, reference: string | undefined): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const md = /^--(\d{2})-(\d{2})$/.exec(iso);
  const ref = reference === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!md || !ref) return null;
  const month = Number(md[1]);
  const day = Number(md[2]);
  const year = Number(ref[1]);
  const at = Date.UTC(year, Number(ref[2]) - 1, Number(ref[3]));
  if (Number.isNaN(at)) return null;
  let best: number | null = null;
  for (const y of [year - 1, year, year + 1]) {
    const when = Date.UTC(y, month - 1, day);
    if (new Date(when).getUTCDate() !== day) continue; // 29 February outside a leap year
    if (best === null || Math.abs(when - at) < Math.abs(Date.UTC(best, month - 1, day) - at)) best = y;
  }
  return best === null ? null : isoDate(best, month, day);
}
