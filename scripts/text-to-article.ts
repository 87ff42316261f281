// npm run articles -- <file.txt> (--title "…" | --headline) --source "…" --date yyyy-mm-dd
//                     [--url https://…] [--language en] [--out assets/articles]
// Converts a plain UTF-8 article into <out>/<id>.json. Parsing and checks live in
// src/core/article-text.ts; this file only reads arguments and files.

import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TextDecoder } from 'node:util';
import { ArticleTextError, buildArticle, parseArticleText } from '../src/core/article-text';

const USAGE =
  'usage: npm run articles -- <file.txt> (--title "…" | --headline) --source "…" --date yyyy-mm-dd ' +
  '[--url https://…] [--language en] [--out assets/articles]';

function fail(message: string): never {
  console.error(`text-to-article: ${message}\n${USAGE}`);
  process.exit(1);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        headline: { type: 'boolean', default: false },
        source: { type: 'string' },
        url: { type: 'string' },
        date: { type: 'string' },
        language: { type: 'string', default: 'en' },
        out: { type: 'string', default: 'assets/articles' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail(positionals.length === 0 ? 'no input file given' : 'give exactly one input file');
  const file = positionals[0] as string;

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    // fatal: refuse Latin-1 or binary input instead of storing mojibake.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8`);
  }

  const url = values.url === undefined || values.url === '' || values.url === 'null' ? null : values.url;
  try {
    const article = buildArticle(
      text,
      { title: values.title ?? null, source: values.source ?? '', url, date: values.date ?? '', language: values.language },
      { headline: values.headline },
    );
    const { dropped } = parseArticleText(text, { headline: values.headline });
    mkdirSync(values.out, { recursive: true });
    const target = join(values.out, `${article.id}.json`);
    writeFileSync(target, `${JSON.stringify(article, null, 2)}\n`);
    for (const line of dropped) console.error(`dropped photo credit: ${line}`);
    console.log(`${target}: "${article.title}", ${article.paragraphs.length} paragraphs`);
  } catch (error) {
    if (error instanceof ArticleTextError) fail(`${file}: ${error.message}`);
    throw error;
  }
}

main();
