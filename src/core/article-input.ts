// Articles the user adds (saved pages, files, pasted text) checked and put in stored form.
// The id is derived from the URL, else from the text, so adding the same thing twice
// yields the same id and the store's dedupe sees it.
import * as v from 'valibot';
import { clipText, formatIssues, httpUrl, isoDate, languageTag, LIMITS } from './backup-schemas';
import type { ArticleInput, StoredArticle } from './records';
import { normaliseText, textHash } from './text-hash';
import { groupedCount } from './grouped-number';

/** The most text one added article may have: ten paragraphs' worth (longer paragraphs are
 *  cut to LIMITS.paragraph when stored). */
export const MAX_ARTICLE_TEXT = LIMITS.paragraph * 10;

/** What a text over MAX_ARTICLE_TEXT is told, in words: the limit and its size. */
export function tooLongForArticle(length: number): string {
  return `too long for one article (at most ${groupedCount(MAX_ARTICLE_TEXT)} characters; this has ${groupedCount(length)})`;
}

const articleInputSchema = v.object({
  id: v.optional(v.pipe(v.string('expected text'), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.id, `longer than ${groupedCount(LIMITS.id)} characters`))),
  title: v.pipe(v.string('expected text'), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(LIMITS.title, `longer than ${groupedCount(LIMITS.title)} characters`)),
  source: v.optional(v.pipe(v.string('expected text'), v.maxLength(LIMITS.source, `longer than ${groupedCount(LIMITS.source)} characters`))),
  url: v.optional(v.nullable(httpUrl)),
  date: v.optional(isoDate),
  language: v.optional(languageTag),
  paragraphs: v.optional(v.pipe(v.array(v.pipe(v.string('expected text'), v.maxLength(LIMITS.paragraph, `longer than ${groupedCount(LIMITS.paragraph)} characters`))), v.maxLength(LIMITS.paragraphs, `more than ${groupedCount(LIMITS.paragraphs)} paragraphs`))),
  text: v.optional(v.pipe(v.string('expected text'), v.maxLength(MAX_ARTICLE_TEXT, (issue) => tooLongForArticle(Number(issue.received))))),
});

const inputListSchema = v.pipe(v.array(articleInputSchema, 'expected a list of articles'), v.maxLength(LIMITS.articles, `more than ${groupedCount(LIMITS.articles)} articles`));

/** Plain text → paragraphs: blank lines separate them; if there are none, single lines do. */
export function splitParagraphs(text: string): string[] {
  const byBlank = text.split(/\n\s*\n/);
  const parts = byBlank.length > 1 ? byBlank : text.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** Plain text as an article, as a .txt file or a page served as text/plain is read: the
 *  first non-empty line is the title, the rest the text. 'empty': no line has text;
 *  'title-only': nothing follows the title. */
export function titledText(plain: string): { title: string; text: string } | 'empty' | 'title-only' {
  const lines = plain.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => l.trim().length > 0);
  if (at < 0) return 'empty';
  const text = lines.slice(at + 1).join('\n').trim();
  return text ? { title: lines[at]!.trim(), text } : 'title-only';
}

/** "(address "title")": no parentheses inside, or balanced pairs one level deep. */
const LINK_TARGET = String.raw`\((?:[^()\n]|\([^()\n]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]` + LINK_TARGET, 'g');
const LINK = new RegExp(String.raw`\[([^\]\n]*)\]` + LINK_TARGET, 'g');

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const INDENTED_CODE = /^(?: {4}|\t)/;
/** A list item or a quote: the lines after it, up to a blank one, are its own. */
const CONTAINER = /^ {0,3}(?:>|[-*+][ \t]|\d{1,9}[.)][ \t])/;

/** Markdown as plain text, so its marks do not show in sentences: heading #s and setext
 *  underlines, rules, emphasis with * or _ (single or double), links as their text, images
 *  dropped. Only these simple forms; the rest stays as written. Intra-word * and _
 *  (snake_case, 5*3) are left alone. A link's address may hold one level of parentheses
 *  (https://en.wikipedia.org/wiki/Rafah_(city)), as CommonMark allows. */
export function plainFromMarkdown(markdown: string): string {
  return withoutSetextAndRules(markdown.replace(/^\uFEFF/, ''))
    .replace(/^[ \t]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1')
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(/(?<!\w)(\*\*|__)(?=\S)([^\n]*?\S)\1(?!\w)/g, '$2')
    .replace(/(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])/g, '$1');
}

/** Setext headings ("Title" over "=====" or "-----") as their text on one line, and rules
 *  (---, ***, ___) as a blank line. "---" is an underline only right under paragraph text;
 *  anywhere else (top of file, after a blank line, a list or a heading) it is a rule. Code
 *  fences are passed over. */
function withoutSetextAndRules(markdown: string): string {
  const out: string[] = [];
  /** Lines of the paragraph that ends `out` (0: none open). */
  let paragraph = 0;
  let inContainer = false;
  let fence: string | null = null;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    const opens = FENCE.exec(line)?.[1];
    if (fence !== null || opens) {
      out.push(line);
      if (fence === null) fence = opens!;
      else if (line.trim().startsWith(fence) && /^[`~]+$/.test(line.trim())) fence = null;
      paragraph = 0;
      inContainer = false;
      continue;
    }
    if (paragraph > 0 && SETEXT_UNDERLINE.test(line)) {
      out.push(out.splice(out.length - paragraph).map((l) => l.trim()).join(' '));
      paragraph = 0;
    } else if (RULE.test(line) || line.trim() === '' || ATX.test(line)) {
      out.push(RULE.test(line) ? '' : line);
      paragraph = 0;
      inContainer = false;
    } else {
      out.push(line);
      if (CONTAINER.test(line)) {
        inContainer = true;
        paragraph = 0;
      } else if (!inContainer && (paragraph > 0 || !INDENTED_CODE.test(line))) {
        paragraph++; // indented code starts no paragraph, but a paragraph's lines may be indented
      }
    }
  }
  return out.join('\n');
}

/** A sentence end: . ! ? or … (with any closing quotes or brackets) before a space. */
const SENTENCE_END = /[.!?\u2026]["'\u201D\u2019)\]]*(?= )/g;

/** A paragraph longer than `max` as pieces of at most `max`: each cut at the last sentence
 *  end in the second half of the window, else the last space there, else at `max` (a text
 *  with no spaces). A .txt of one long line would otherwise be a paragraph the store's
 *  backup refuses. */
export function splitLongParagraph(paragraph: string, max: number = LIMITS.paragraph): string[] {
  const parts: string[] = [];
  let rest = paragraph;
  while (rest.length > max) {
    // One character past the limit: a space right after `max` characters is a cut too.
    const window = rest.slice(0, max + 1);
    let cut = -1;
    for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    const piece = cut >= max / 2 ? rest.slice(0, cut) : clipText(rest, max);
    parts.push(piece.trimEnd());
    rest = rest.slice(piece.length).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** `id` with "-n" on the end for when another article holds it, cut so the result stays
 *  within LIMITS.id (a longer id would be stored, then refused by undo and by import). */
export function suffixedId(id: string, n: number): string {
  const suffix = `-${n}`;
  return `${clipText(id, LIMITS.id - suffix.length)}${suffix}`;
}

export function articleFromInput(input: ArticleInput, now: string): StoredArticle {
  const paragraphs = (input.paragraphs ?? splitParagraphs(input.text ?? ''))
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .flatMap((p) => splitLongParagraph(p));
  const hash = textHash(paragraphs);
  const url = input.url ?? null;
  return {
    id: input.id ?? (url ? `url-${textHash([url])}` : `text-${hash}`),
    title: input.title.trim(),
    source: input.source?.trim() || (url ? new URL(url).hostname : 'Added by you'),
    url,
    date: input.date ?? now.slice(0, 10),
    language: input.language ?? 'en',
    paragraphs,
    textHash: hash,
    added: now,
  };
}

export type CheckedInputs = { ok: true; articles: StoredArticle[] } | { ok: false; errors: string[] };

export function checkArticleInputs(inputs: unknown, now: string): CheckedInputs {
  const got = v.safeParse(inputListSchema, inputs, { abortEarly: false });
  if (!got.success) return { ok: false, errors: formatIssues(got.issues, 'articles') };
  const errors: string[] = [];
  const articles = got.output.map((input, i) => {
    const a = articleFromInput(input, now);
    if (normaliseText(a.paragraphs).length === 0) errors.push(`articles[${i}]: has no text`);
    else if (a.paragraphs.length > LIMITS.paragraphs) errors.push(`articles[${i}]: more than ${groupedCount(LIMITS.paragraphs)} paragraphs`);
    return a;
  });
  return errors.length ? { ok: false, errors } : { ok: true, articles };
}
