// A clock time is no figure anyone checks, unless its zone makes it a moment: "04:09 UTC",
// "5:09 a.m. British time" and "2:09 p.m. in Sydney" are one moment of a July day, and a page
// that gives it in another zone agrees with the store. Only agreement is told: two moments of
// a story may be of different things, so a different moment says nothing. Where a zone keeps
// summer time, the stored article's day says which offset held (the page's moment is taken to
// be of that day's event).

import type { Fact, FigureComparison, Quantity } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// Zones of a fixed offset, in minutes east of UTC.
const FIXED: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, GST: 240,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660,
};
// Zones that keep summer time, by abbreviation or by the place a time is said in.
const REGIONS: Record<string, string> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
  eastern: 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles',
  british: 'Europe/London', uk: 'Europe/London', london: 'Europe/London', paris: 'Europe/Paris', berlin: 'Europe/Berlin',
  brussels: 'Europe/Brussels', madrid: 'Europe/Madrid', rome: 'Europe/Rome', moscow: 'Europe/Moscow',
  'new york': 'America/New_York', washington: 'America/New_York', chicago: 'America/Chicago',
  'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', toronto: 'America/Toronto',
  sydney: 'Australia/Sydney', melbourne: 'Australia/Melbourne', brisbane: 'Australia/Brisbane', perth: 'Australia/Perth',
  tokyo: 'Asia/Tokyo', seoul: 'Asia/Seoul', beijing: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong',
  singapore: 'Asia/Singapore', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata', dubai: 'Asia/Dubai',
  japan: 'Asia/Tokyo', india: 'Asia/Kolkata', german: 'Europe/Berlin', french: 'Europe/Paris',
};
const ABBREVIATION_IN = /[^\S\n(]*\(?\b([A-Z]{1,4})\)?$/;
// Adjectives name a zone only before "time": "at 11 p.m. in eastern Ukraine", "in central
// London" and "in French Guiana" say where, not by which clock.
const ADJECTIVES = new Set(['eastern', 'central', 'mountain', 'pacific', 'british', 'german', 'french']);
const byLength = (keys: string[]): string => keys.sort((a, b) => b.length - a.length).join('|');
const PLACES = byLength(Object.keys(REGIONS).filter((k) => k === k.toLowerCase()));
const TOWNS = byLength(Object.keys(REGIONS).filter((k) => k === k.toLowerCase() && !ADJECTIVES.has(k)));
const ABBREVIATION_AFTER = new RegExp(String.raw`^${S_OPT}\(?\b([A-Z]{1,4})\b\)?`, 'u');
// "in Washington state" is no time in Washington, DC.
const PLACE_AFTER = new RegExp(String.raw`^${S_OPT}(?:(${PLACES})${S}time\b|(?:in|at)${S}(${TOWNS})\b(?!${S}state\b))`, 'iu');
// "a 3 p.m. CT scan" is a scan at the hospital's clock, not Central time.
const SCAN = new RegExp(String.raw`^${S_OPT}scans?\b`, 'iu');

/** The zone a time at `q` in `sentence` is said in, as a fixed offset or a region; null if none.
 *  An abbreviation counts only in capitals ("at 9 am" names no zone). */
function zoneOf(sentence: string, q: Quantity): number | string | null {
  const after = sentence.slice(q.end);
  const inside = ABBREVIATION_IN.exec(q.text);
  const outside = inside ? null : ABBREVIATION_AFTER.exec(after);
  const abbreviation = inside?.[1] ?? outside?.[1];
  const scan = abbreviation === 'CT' && SCAN.test(after.slice(outside?.[0].length ?? 0));
  if (abbreviation !== undefined && !scan && (abbreviation in FIXED || abbreviation in REGIONS)) return FIXED[abbreviation] ?? REGIONS[abbreviation] ?? null;
  const place = PLACE_AFTER.exec(after);
  const name = (place?.[1] ?? place?.[2])?.toLowerCase();
  return name === undefined ? null : (REGIONS[name] ?? null);
}

// Building a formatter is slow; a page asks for a few zones only.
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of `zone` on `day` (yyyy-mm-dd), at noon UTC. */
function offsetOn(zone: string, day: string): number | null {
  try {
    const at = new Date(`${day.slice(0, 10)}T12:00:00Z`);
    let format = formats.get(zone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      formats.set(zone, format);
    }
    const name = format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name ?? '');
    if (!m) return null;
    return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  } catch {
    return null;
  }
}

/** The moment of the time `q` as minutes past midnight UTC, on the day `day`; null when its
 *  zone is unsaid or unknown. */
export function momentOf(sentence: string, q: Quantity, day: string | undefined): number | null {
  if (q.form !== 'time' || q.iso === undefined) return null;
  const clock = /^(\d{2}):(\d{2})$/.exec(q.iso);
  const zone = zoneOf(sentence, q);
  if (!clock || zone === null) return null;
  const offset = typeof zone === 'number' ? zone : day === undefined ? null : offsetOn(zone, day);
  if (offset === null) return null;
  return (((Number(clock[1]) * 60 + Number(clock[2]) - offset) % 1440) + 1440) % 1440;
}

/** Whether a stored time is a fact: one with its zone. */
export function zonedTime(sentence: string, q: Quantity): boolean {
  return q.form === 'time' && zoneOf(sentence, q) !== null;
}

function utc(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')} UTC`;
}

/** The stored times that are the page time's moment, each agreeing. */
export function sameMoments(facts: readonly Fact[], q: Quantity, sentence: string): FigureComparison[] {
  const out: FigureComparison[] = [];
  for (const fact of facts) {
    const stored = momentOf(fact.where.sentence, fact.quantity, fact.date);
    if (stored === null || momentOf(sentence, q, fact.date) !== stored) continue;
    out.push({ verdict: 'agrees', reason: `same moment: ${utc(stored)}`, fact, similarity: 1 });
  }
  return out;
}
