// Articles from files the user picks: JSON (one article object or a list, the ArticleInput
// shape of assets/articles) or plain text (.txt, or Markdown as .md/.markdown: first line
// the title, the rest the text; a Markdown file's front matter may give the title, date,
// source and url instead). Every file is checked with the same rules the background
// applies, so a bad file is named with what is wrong and nothing is added. A front-matter
// field the app cannot use is left out instead, and said in a notice.
import { checkArticleInputs, MAX_ARTICLE_TEXT, plainFromMarkdown, titledText, tooLongForArticle } from '../core/article-input';
import { frontMatterMeta, splitFrontMatter } from '../core/front-matter';
import { jsonErrorText } from '../core/json-error';
import { groupedCount } from '../core/grouped-number';
import { articleProblemInWords, fileProblemInWords } from './article-problem-words';
import { notJsonSentence } from './json-problem';
import type { ArticleInput } from '../core/records';
import { readFileText } from './file-text';

/** A chosen file: its text (and, when it was not UTF-8 or UTF-16, the encoding guessed), or
 *  why it has none (not a text file). */
export type PickedFile = { name: string; text: string; guessed?: 'windows-1252' } | { name: string; problem: string };

/** `notices`: front-matter fields left out, one line per field, naming the file. */
export type ParsedFiles = { ok: true; articles: ArticleInput[]; notices: string[] } | { ok: false; errors: string[] };

/** A problem said after the file's name ("a.json: …"), or a whole line that names it. */
type Problem = string | { line: string };

/** What an articles file holds, said when a JSON file holds something else. */
const EXPECTED_ARTICLES = 'expected an article (an object with a "title" and its "text" or "paragraphs") or a list of them';

/** Has a field only an article has: then a missing or wrong field is worth naming by path. */
const looksLikeArticle = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value) && ['title', 'text', 'paragraphs'].some((k) => k in value);

function parseJson(name: string, text: string): FromText | Problem {
  // Not "is not JSON": the reader would look for a fault in a file with nothing in it.
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'is empty';
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    // Our words in the list; the parser's own (which differs by browser) in the console.
    const parser = jsonErrorText(err);
    console.info(`Backstory: ${name}: JSON.parse said: ${parser}`);
    return { line: notJsonSentence(name, 'articles', parser) };
  }
  // Settings imports these; the article checks would only say "articles[0].title: missing".
  const form = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (form.format === 'backstory-backup') return { line: `${name} is a Backstory backup, not an articles file: import it from Settings → Import a backup…` };
  if (form.type === 'AnnotationCollection') return { line: `${name} holds notes (W3C annotations), not articles: import it from Settings → Import a backup…` };
  if (Array.isArray(data) && data.length === 0) return 'holds an empty list';
  if (!(Array.isArray(data) ? data.some(looksLikeArticle) : looksLikeArticle(data))) return { line: `${name} is not an articles file: ${EXPECTED_ARTICLES}.` };
  return Array.isArray(data) ? { articles: data as ArticleInput[], ignored: [], list: true } : { articles: [data as ArticleInput], ignored: [] };
}

/** The articles of a file, and the front-matter fields it left out. `list`: the file held a
 *  list (its problems then say which article). */
type FromText = { articles: ArticleInput[]; ignored: string[]; list?: boolean };

function parseText(text: string, markdown: boolean): FromText | string {
  const front = markdown ? splitFrontMatter(text) : null;
  const { meta, ignored } = front ? frontMatterMeta(front.fields) : { meta: {}, ignored: [] };
  const plain = markdown ? plainFromMarkdown(front?.body ?? text) : text;
  const got = meta.title ? textUnder(meta.title, plain) : titledText(plain);
  if (got === 'empty') return 'is empty';
  if (got === 'title-only') return meta.title ? 'has a title but no text' : 'has a title line but no text after it';
  // Said here in words: the check's own message would name a path ("articles[0].text").
  if (got.text.length > MAX_ARTICLE_TEXT) return tooLongForArticle(got.text.length);
  return { articles: [{ ...meta, ...got }], ignored };
}

/** The text of a file whose front matter names its title: all of it, less a first line that
 *  repeats the title (a heading under the front matter often does). */
function textUnder(title: string, plain: string): { title: string; text: string } | 'title-only' {
  const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
  const first = titledText(plain);
  const repeats = first === 'title-only' ? same(plain, title) : typeof first === 'object' && same(first.title, title);
  const text = repeats && typeof first === 'object' ? first.text : repeats ? '' : plain.replace(/^\uFEFF/, '').trim();
  return text ? { title, text } : 'title-only';
}

function parseFile(file: PickedFile): FromText | Problem {
  const ext = /\.([^.]+)$/.exec(file.name.toLowerCase())?.[1] ?? '';
  const kind = ext === 'json' ? 'json' : ext === 'txt' ? 'text' : ext === 'md' || ext === 'markdown' ? 'markdown' : null;
  if (!kind) return 'is not a .json, .txt or .md file';
  if ('problem' in file) return file.problem;
  if (kind === 'text' || kind === 'markdown') return parseText(file.text, kind === 'markdown');
  return parseJson(file.name, file.text);
}

/** Parse and check every file; any problem in any file → all the problems, nothing else. */
export function parseArticleFiles(files: PickedFile[], now: string): ParsedFiles {
  if (files.length === 0) return { ok: false, errors: ['No file chosen.'] };
  const errors: string[] = [];
  const articles: ArticleInput[] = [];
  const notices: string[] = [];
  for (const file of files) {
    const got = parseFile(file);
    if (typeof got === 'string' || 'line' in got) {
      errors.push(typeof got === 'string' ? fileProblemInWords(file.name, got) : got.line);
      continue;
    }
    const checked = checkArticleInputs(got.articles, now);
    if (!checked.ok) errors.push(...checked.errors.map((e) => articleProblemInWords(file.name, e, got.articles, got.list === true)));
    else articles.push(...got.articles);
    notices.push(...got.ignored.map((i) => `${file.name}: ${i}.`));
  }
  return errors.length ? { ok: false, errors } : { ok: true, articles, notices };
}

export async function readPickedFiles(list: Iterable<File> | null): Promise<PickedFile[]> {
  return Promise.all(
    [...(list ?? [])].map(async (f): Promise<PickedFile> => {
      const read = await readFileText(f);
      return { name: f.name, ...read };
    }),
  );
}

/** What to tell about files read as Windows-1252: the guess is wrong for a file saved in
 *  another legacy encoding (Cyrillic, Greek, …), and then its letters are wrong. When the
 *  files were added, the dedupe would keep a re-added copy beside the wrong one, hence
 *  "delete"; when nothing was added there is nothing to delete. */
export function encodingNotice(files: readonly PickedFile[], added: boolean): string | undefined {
  const names = files.filter((f) => 'guessed' in f && f.guessed).map((f) => f.name);
  if (names.length === 0) return undefined;
  const one = names.length === 1;
  const listed = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more files` : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  if (!added) {
    return one
      ? `${listed} was read as Windows-1252 (Western European). If its letters look wrong, save the file as UTF-8 before adding it again.`
      : `${listed} were read as Windows-1252 (Western European). If their letters look wrong, save the files as UTF-8 before adding them again.`;
  }
  return one
    ? `${listed} was read as Windows-1252 (Western European). If its letters look wrong, delete the article, save the file as UTF-8 and add it again.`
    : `${listed} were read as Windows-1252 (Western European). If their letters look wrong, delete those articles, save the files as UTF-8 and add them again.`;
}

/** The most bytes one "Add from files…" reads: the articles go to the background in one
 *  message, which Chromium refuses past 64 MiB ("Message length exceeded maximum allowed
 *  length"), and the popup would read and parse all of it first. */
export const MAX_ADD_BYTES = 50 * 1024 * 1024;

/** Why `files` are too large to add at once, in words, or null. Checked before they are read. */
export function tooLargeToAdd(files: readonly { name: string; size: number }[]): string | null {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= MAX_ADD_BYTES) return null;
  const mb = (bytes: number): string => `${groupedCount(Math.ceil(bytes / (1024 * 1024)))} MB`;
  const limit = `Backstory adds at most ${mb(MAX_ADD_BYTES)} of files at a time`;
  if (files.length === 1) return `${files[0]!.name} is too large to add (${mb(total)}; ${limit}). Split its articles into smaller files and add them one by one.`;
  return `These ${files.length} files are too large to add together (${mb(total)}; ${limit}). Add them a few at a time.`;
}
