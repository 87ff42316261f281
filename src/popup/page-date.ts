// The day a saved page says it was published, from its metadata or, where it has none, from
// what its reader sees: a byline's "By staff reporters · February 5, 2025", a dateline, a
// <time> without a datetime attribute. Without it the page would be stored dated the day it
// was saved, and its figures would then look newer than stored ones they predate.
import { dayFirstDateAt, monthFirstDateAt } from '../core/dates';

/** Elements whose class or id says they hold the article's date or byline. */
const DATED = /(?:^|[-_\s])(?:byline|dateline|date|dated|pubdate|published|publish-date|timestamp|time|meta|article-meta|posted)(?:$|[-_\s])/i;
/** How many candidate elements are read, and how much of each: a byline, not the article. */
const MAX_CANDIDATES = 30;
const MAX_TEXT = 200;

/** yyyy-mm-dd from the start of an ISO-like date, when it is a real day. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const [, y, mo, d] = m;
  const t = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== `${y}-${mo}-${d}` ? null : `${y}-${mo}-${d}`;
}

/** The first full date (day, month and year) in a short text, as yyyy-mm-dd. */
export function fullDateIn(text: string): string | null {
  for (const word of text.matchAll(/\b[0-9A-Z]/g)) {
    const at = word.index;
    const found = /\d/.test(word[0]) ? dayFirstDateAt(text, at) : monthFirstDateAt(text, at);
    if (found && /^\d{4}-\d{2}-\d{2}$/.test(found.iso)) return found.iso;
  }
  return null;
}

/** The day the page's metadata gives. */
export function metaDate(doc: Document): string | null {
  const published = doc.querySelector('[itemprop="datePublished"]');
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[name="publishdate"]')?.getAttribute('content'),
    published?.getAttribute('content') ?? published?.getAttribute('datetime'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const day = isoDay(c);
    if (day) return day;
  }
  return null;
}

/** A date a reader sees near the headline: <time> elements, then bylines and datelines. */
export function shownDate(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const times = [...body.querySelectorAll('time')];
  const marked = [...body.querySelectorAll('[class], [id]')].filter((el) => DATED.test(el.getAttribute('class') ?? '') || DATED.test(el.id));
  for (const el of [...times, ...marked].slice(0, MAX_CANDIDATES)) {
    const text = (el.textContent ?? '').slice(0, MAX_TEXT);
    const day = fullDateIn(text);
    if (day) return day;
  }
  return null;
}
