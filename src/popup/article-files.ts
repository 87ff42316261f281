// Articles from files the user picks: JSON (one article object or a list, the ArticleInput
// shape of assets/articles) or plain text (.txt, or Markdown as .md/.markdown: first line
// the title, the rest the text). Every file is checked with the same rules the background
// applies, so a bad file is named with what is wrong and nothing is added.
import { checkArticleInputs, MAX_ARTICLE_TEXT, plainFromMarkdown, titledText, tooLongForArticle } from '../core/article-input';
import type { ArticleInput } from '../core/records';

export interface PickedFile {
  name: string;
  text: string;
}

export type ParsedFiles = { ok: true; articles: ArticleInput[] } | { ok: false; errors: string[] };

function parseJson(text: string): ArticleInput[] | string {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (Array.isArray(data)) return data.length ? (data as ArticleInput[]) : 'holds an empty list';
  if (typeof data === 'object' && data !== null) return [data as ArticleInput];
  return 'expected an article object or a list of articles';
}

function parseText(text: string, markdown: boolean): ArticleInput[] | string {
  const got = titledText(markdown ? plainFromMarkdown(text) : text);
  if (got === 'empty') return 'is empty';
  if (got === 'title-only') return 'has a title line but no text after it';
  // Said here in words: the check's own message would name a path ("articles[0].text").
  if (got.text.length > MAX_ARTICLE_TEXT) return tooLongForArticle(got.text.length);
  return [got];
}

function parseFile(file: PickedFile): ArticleInput[] | string {
  const ext = /\.([^.]+)$/.exec(file.name.toLowerCase())?.[1] ?? '';
  const kind = ext === 'json' ? 'json' : ext === 'txt' ? 'text' : ext === 'md' || ext === 'markdown' ? 'markdown' : null;
  if (!kind) return 'is not a .json, .txt or .md file';
  return kind === 'json' ? parseJson(file.text) : parseText(file.text, kind === 'markdown');
}

/** Parse and check every file; any problem in any file → all the problems, nothing else. */
export function parseArticleFiles(files: PickedFile[], now: string): ParsedFiles {
  if (files.length === 0) return { ok: false, errors: ['No file chosen.'] };
  const errors: string[] = [];
  const articles: ArticleInput[] = [];
  for (const file of files) {
    const got = parseFile(file);
    if (typeof got === 'string') {
      errors.push(`${file.name}: ${got}`);
      continue;
    }
    const checked = checkArticleInputs(got, now);
    if (!checked.ok) errors.push(...checked.errors.map((e) => `${file.name}: ${e}`));
    else articles.push(...got);
  }
  return errors.length ? { ok: false, errors } : { ok: true, articles };
}

export async function readPickedFiles(list: FileList | null): Promise<PickedFile[]> {
  return Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
}
