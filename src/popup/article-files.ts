// Articles from files the user picks: JSON (one article object or a list, the ArticleInput
// shape of assets/articles) or plain text (.txt: first line the title, the rest the text).
// Every file is checked with the same rules the background applies, so a bad file is
// named with what is wrong and nothing is added.
import { checkArticleInputs, MAX_ARTICLE_TEXT, titledText, tooLongForArticle } from '../core/article-input';
import type { ArticleInput } from '../core/records';

export interface PickedFile {
  name: string;
  text: string;
}

export type ParsedFiles = { ok: true; articles: ArticleInput[] } | { ok: false; errors: string[] };

function parseJson(file: PickedFile): ArticleInput[] | string {
  let data: unknown;
  try {
    data = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return `not valid JSON (${err instanceof Error ? err.message : String(err)})`;
  }
  if (Array.isArray(data)) return data.length ? (data as ArticleInput[]) : 'holds an empty list';
  if (typeof data === 'object' && data !== null) return [data as ArticleInput];
  return 'expected an article object or a list of articles';
}

function parseText(file: PickedFile): ArticleInput[] | string {
  const got = titledText(file.text);
  if (got === 'empty') return 'is empty';
  if (got === 'title-only') return 'has a title line but no text after it';
  // Said here in words: the check's own message would name a path ("articles[0].text").
  if (got.text.length > MAX_ARTICLE_TEXT) return tooLongForArticle(got.text.length);
  return [got];
}

/** Parse and check every file; any problem in any file → all the problems, nothing else. */
export function parseArticleFiles(files: PickedFile[], now: string): ParsedFiles {
  if (files.length === 0) return { ok: false, errors: ['No file chosen.'] };
  const errors: string[] = [];
  const articles: ArticleInput[] = [];
  for (const file of files) {
    const lower = file.name.toLowerCase();
    const got = lower.endsWith('.json') ? parseJson(file) : lower.endsWith('.txt') ? parseText(file) : 'is neither .json nor .txt';
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
