// Plain article text → stored Article. Pure (no Node, no DOM) so the popup can add a pasted
// or uploaded text the same way `npm run articles` does.

import type { Article } from './types';

export interface ArticleMeta {
  /** Required unless the text is parsed in headline mode. */
  title?: string | null;
  source: string;
  url: string | null;
  /** yyyy-mm-dd */
  date: string;
  language?: string;
}

export interface ParsedText {
  /** Line 1 in headline mode, otherwise null. */
  title: string | null;
  paragraphs: string[];
  /** Lines dropped as photo credits, so callers can report them. */
  dropped: string[];
}

export class ArticleTextError extends Error {
  override name = 'ArticleTextError';
}

/** One paragraph per non-empty line: news text arrives both with blank lines between
 *  paragraphs and with one paragraph per line, and a paragraph never spans a line break. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

// Words that only ever appear in picture credits.
const PHOTO_MARKER =
  /(?:\bGetty Images\b|\bShutterstock\b|\bAlamy\b|\bHandout\b|\bAP Photo\b|\bPhoto(?:graph)?(?: by|:)|\bImage(?: by|:)|\bCredit:|\bCourtesy of\b|©)/i;
// Agencies also write stories, so their name alone is not enough ("AFP reports ...").
const AGENCY = /\b(?:AFP|Reuters|AP|EPA|Anadolu|Pool|GPO|Xinhua|dpa)\b/;
// How credits join photographer and agency: "Name / Agency", "Name via Agency".
const CREDIT_JOIN = /\s\/\s?|\/|\bvia\b/;

/**
 * A line is dropped as a photo credit only when it is clearly one:
 *  - short (at most 15 words and 120 characters),
 *  - not a sentence (no closing . ! ? : or closing quote — captions are sentences and stay),
 *  - and either names a picture source (Getty Images, Shutterstock, Handout, "Photo:",
 *    "Credit:", ©, …) or joins a name to a news agency with "/" or "via".
 */
export function isPhotoCredit(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return false;
  if (text.split(/\s+/).length > 15) return false;
  if (/[.!?:”"’]$/.test(text)) return false;
  if (PHOTO_MARKER.test(text)) return true;
  return AGENCY.test(text) && CREDIT_JOIN.test(text);
}

/** Splits a text into title (headline mode: line 1) and paragraphs, dropping credits.
 *  In headline mode line 2, the standfirst, stays as the first paragraph. */
export function parseArticleText(text: string, options: { headline?: boolean } = {}): ParsedText {
  checkText(text);
  const lines = splitParagraphs(text);
  let title: string | null = null;
  if (options.headline) {
    title = lines.shift() ?? null;
    if (title !== null && isPhotoCredit(title)) {
      throw new ArticleTextError(`headline mode: line 1 looks like a photo credit, not a title: "${title}"`);
    }
  }
  const paragraphs: string[] = [];
  const dropped: string[] = [];
  for (const line of lines) (isPhotoCredit(line) ? dropped : paragraphs).push(line);
  if (paragraphs.length === 0) {
    throw new ArticleTextError(options.headline ? 'no body text after the headline line' : 'the text has no paragraphs');
  }
  return { title, paragraphs, dropped };
}

function checkText(text: string): void {
  if (text.trim().length === 0) throw new ArticleTextError('the text is empty');
  if (text.includes('\u0000')) throw new ArticleTextError('the text contains NUL bytes; is it a binary file?');
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    throw new ArticleTextError(`the text is not valid UTF-8 (replacement character at offset ${bad})`);
  }
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: stable across runs and
 *  platforms, synchronous (crypto.subtle is async and absent in some contexts). */
export function textHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The id hashes the body text only, so the same text saved twice with other metadata
 *  (or other line breaks) is recognised as the same article. */
export function articleId(paragraphs: readonly string[]): string {
  return textHash(paragraphs.join('\n'));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Problems with the metadata, each a sentence for the user; empty when all is well. */
export function metaProblems(meta: ArticleMeta, title: string | null): string[] {
  const problems: string[] = [];
  if (!title || title.trim().length === 0) problems.push('title is missing (give --title, or --headline to take line 1)');
  if (!meta.source || meta.source.trim().length === 0) problems.push('source is missing');
  const m = ISO_DATE.exec(meta.date ?? '');
  if (!m) {
    problems.push(`date "${meta.date ?? ''}" is not yyyy-mm-dd`);
  } else {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const check = new Date(Date.UTC(y, mo - 1, d));
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) problems.push(`date "${meta.date}" is not a calendar date`);
  }
  if (meta.url !== null && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(meta.url)) {
    problems.push(`url "${meta.url}" is not an http(s) address (leave it out when unknown)`);
  }
  const language = meta.language ?? 'en';
  if (!LANGUAGE.test(language)) problems.push(`language "${language}" is not a BCP 47 tag such as "en"`);
  return problems;
}

/** Text + metadata → Article; throws ArticleTextError listing every problem found. */
export function buildArticle(text: string, meta: ArticleMeta, options: { headline?: boolean } = {}): Article {
  const parsed = parseArticleText(text, options);
  if (options.headline && meta.title) {
    throw new ArticleTextError('give either a title or headline mode, not both');
  }
  const title = (options.headline ? parsed.title : meta.title) ?? null;
  const problems = metaProblems(meta, title);
  if (problems.length > 0) throw new ArticleTextError(problems.join('; '));
  return {
    id: articleId(parsed.paragraphs),
    title: (title ?? '').trim(),
    source: meta.source.trim(),
    url: meta.url,
    date: meta.date,
    language: meta.language ?? 'en',
    paragraphs: parsed.paragraphs,
  };
}
