// YAML front matter at the top of a Markdown file (Jekyll, Hugo, Obsidian, static-site
// exports): "---", `key: value` lines, then "---" or "...". It is data about the article,
// not its text. Only flat `key: value` lines are read, plain or quoted: the few fields an
// article has need no YAML library, and anything else in the block is passed over.
import { isHttpUrl } from './backup-schemas';

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

/** The article's fields from front matter, or what is wrong with one, in words. A date
 *  may carry a time ("2025-02-03 10:00:00 +0000", as Jekyll writes it): the day is kept. */
export function frontMatterMeta(fields: Map<string, string>): FrontMatterMeta | string {
  const meta: FrontMatterMeta = {};
  const title = fields.get('title');
  const source = fields.get('source');
  const url = fields.get('url');
  const date = fields.get('date');
  if (title) meta.title = title;
  if (source) meta.source = source;
  if (url !== undefined) {
    if (!isHttpUrl(url)) return `front matter url “${url}” is not an http(s) address`;
    meta.url = url;
  }
  if (date !== undefined) {
    const day = /^\d{4}-\d{2}-\d{2}(?=$|[T ])/.exec(date)?.[0];
    if (!day || !isCalendarDay(day)) return `front matter date “${date}” is not a date written yyyy-mm-dd`;
    meta.date = day;
  }
  return meta;
}

/** "2025-02-30" has the shape of a date but is none. */
function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}
