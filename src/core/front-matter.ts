// YAML front matter at the top of a Markdown file (Jekyll, Hugo, Obsidian, static-site
// exports): "---", `key: value` lines, then "---" or "...". It is data about the article,
// not its text. Only flat `key: value` lines are read, plain or quoted: the few fields an
// article has need no YAML library, and anything else in the block is passed over.
import { isHttpUrl } from './backup-schemas';
import { monthFromName } from './dates';

export interface FrontMatter {
  /** Lower-cased key → value, for keys with a one-line value. */
  fields: Map<string, string>;
  /** The Markdown after the block. */
  body: string;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A line a YAML block may hold: `key:` at the margin, an indented or list line, a comment. */
const YAML_LINE = /^(?:[A-Za-z_][\w.-]*[ \t]*:(?:[ \t]|$)|[ \t]|- |-$|#)/;
const FIELD = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*)$/;

/** The front matter of `markdown`, or null when it does not open with one. A block whose
 *  lines are not YAML-like (a rule, a paragraph, a rule) is Markdown, not front matter. */
export function splitFrontMatter(markdown: string): FrontMatter | null {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!OPEN.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (end < 0) return null;
  const block = lines.slice(1, end);
  if (!block.every((l) => l.trim() === '' || YAML_LINE.test(l))) return null;
  const fields = new Map<string, string>();
  for (const line of block) {
    const m = FIELD.exec(line);
    const value = m ? scalar(m[2]!) : null;
    if (m && value) fields.set(m[1]!.toLowerCase(), value);
  }
  return { fields, body: lines.slice(end + 1).join('\n') };
}

/** A one-line YAML value as text: quotes taken off, a trailing " # comment" dropped. Block
 *  (| >), list and map values are not one line of text: null. */
function scalar(raw: string): string | null {
  const value = raw.trim();
  const double = /^"((?:[^"\\]|\\.)*)"/.exec(value);
  if (double) {
    try {
      return (JSON.parse(`"${double[1]!}"`) as string).trim() || null;
    } catch {
      return double[1]!.trim() || null; // a YAML-only escape (\x41): keep it as written
    }
  }
  const single = /^'((?:[^']|'')*)'/.exec(value);
  if (single) return single[1]!.replace(/''/g, "'").trim() || null;
  if (/^[|>[{&*!]/.test(value)) return null;
  return value.replace(/[ \t]+#.*$/, '').trim() || null;
}

/** What an article takes from front matter. */
export interface FrontMatterMeta {
  title?: string;
  source?: string;
  url?: string;
  date?: string;
}

/** The article's fields from front matter, and what was left out. One field the app cannot
 *  use (a site-relative url as Hugo writes, a date in words it cannot read) should not
 *  refuse the file and, with it, the whole batch: it is left out and said in `ignored`. */
export interface FrontMatterRead {
  meta: FrontMatterMeta;
  /** Each said after the file's name: "its front-matter url “/x/” is …". */
  ignored: string[];
}

export function frontMatterMeta(fields: Map<string, string>): FrontMatterRead {
  const meta: FrontMatterMeta = {};
  const ignored: string[] = [];
  const title = fields.get('title');
  const source = fields.get('source');
  const url = fields.get('url');
  const date = fields.get('date');
  if (title) meta.title = title;
  if (source) meta.source = source;
  if (url !== undefined) {
    if (isHttpUrl(url)) meta.url = url;
    else ignored.push(`its front-matter url “${url}” is not a full http(s) address, so it has none`);
  }
  if (date !== undefined) {
    const day = readDay(date);
    if (day) meta.date = day;
    else ignored.push(`its front-matter date “${date}” was not understood, so it is dated today`);
  }
  return { meta, ignored };
}

const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
/** "3 Feb 2025", "Mon, 3 February 2025 10:00" */
const DAY_MONTH = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})${ORDINAL}\s+([a-z]+)\.?,?\s+(\d{4})(?=$|\s)`, 'i');
/** "February 3, 2025", "Feb. 3rd 2025" */
const MONTH_DAY = new RegExp(String.raw`^${WEEKDAY}([a-z]+)\.?\s+(\d{1,2})${ORDINAL},?\s+(\d{4})(?=$|\s)`, 'i');

/** The day of a front-matter date as yyyy-mm-dd, or null. It may carry a time
 *  ("2025-02-03 10:00:00 +0000", as Jekyll writes it): the day is kept. Besides ISO, dates
 *  with the month in English words are read; all-number forms like 03/02/2025 are not, as
 *  they mean different days in different countries. */
export function readDay(date: string): string | null {
  const pad = (k: number): string => String(k).padStart(2, '0');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])/.exec(date);
  const dm = iso ? null : DAY_MONTH.exec(date);
  const md = iso || dm ? null : MONTH_DAY.exec(date);
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : dm ? [Number(dm[3]), monthFromName(dm[2]!), Number(dm[1])] : md ? [Number(md[3]), monthFromName(md[1]!), Number(md[2])] : [0, 0, 0];
  const day = `${y}-${pad(m)}-${pad(d)}`;
  return m > 0 && isCalendarDay(day) ? day : null;
}

/** "2025-02-30" has the shape of a date but is none. */
function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
