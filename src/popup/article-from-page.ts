// "Save this page": the tab's HTML → an ArticleInput for library/add. The HTML is parsed
// with DOMParser into an inert document (scripts never run, nothing is inserted into the
// popup) and Readability picks the article out of it. Paragraphs come from the article's
// block elements; a flat text falls back to its lines. A page served as text/plain is
// read as a .txt file is (core/article-input titledText), not by Readability. The Readability class is passed in:
// the popup loads it only when a page is saved (load-readability.ts).
import { titledText } from '../core/article-input';
import { clipText, LANGUAGE_TAG, LIMITS } from '../core/backup-schemas';
import type { ArticleInput } from '../core/records';
import type { ReadabilityClass } from './load-readability';
import { fullDateIn, isoDay, metaDate, shownDate } from './page-date';

export class NoArticleError extends Error {
  override name = 'NoArticleError';
}

const BLOCKS = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, dd';

export function isHttp(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

export function hostName(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Text of the innermost block elements, in order; the element's lines when it has none. */
export function paragraphsOf(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.length ? blocks.map((el) => flat(el.textContent ?? '')) : (root.textContent ?? '').split(/\n+/).map(flat);
  return texts.filter((t) => t.length > 0).map((t) => t.slice(0, LIMITS.paragraph)).slice(0, LIMITS.paragraphs);
}

/** The text of a page served as text/plain, else null. The tab sends only its HTML: such
 *  a page is how Chromium and Firefox show one, no <title> and a single <pre> in the body. */
function plainText(doc: Document): string | null {
  const body = doc.body;
  const pre = body?.firstElementChild;
  if (doc.querySelector('title') || !pre || pre.localName !== 'pre' || body.childElementCount !== 1) return null;
  return body.textContent?.trim() === pre.textContent?.trim() ? (pre.textContent ?? '') : null;
}

/** Titled as "Add from files" titles a .txt: Readability would take the page's title, which
 *  the browser makes its address ("127.0.0.1"). */
function articleFromPlainText(page: PageHtml, plain: string, today: string): ArticleInput {
  const got = titledText(plain);
  if (typeof got === 'string') throw new NoArticleError('The page has no article text to save.');
  const url = isHttp(page.url) ? page.url : null;
  return { title: clipText(got.title, LIMITS.title), source: (hostName(url) ?? 'Saved page').slice(0, LIMITS.source), url, date: today, text: got.text };
}

export interface PageHtml {
  url: string;
  title: string;
  html: string;
}

/** The article in a page's HTML, ready for library/add. Throws NoArticleError when
 *  Readability finds none. `today` is yyyy-mm-dd, used when the page states no date
 *  (page-date.ts) in its metadata or where its reader sees it. */
export function articleFromHtml(page: PageHtml, today: string, Readability: ReadabilityClass): ArticleInput {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const plain = plainText(doc);
  if (plain !== null) return articleFromPlainText(page, plain, today);
  // Readability changes the document it reads; read the dates first.
  const metaDay = metaDate(doc);
  const shownDay = shownDate(doc);
  const result = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const content = result?.content;
  if (!result || !content || content.nodeType !== Node.ELEMENT_NODE) throw new NoArticleError('Could not find an article on this page.');
  const title = flat(result.title || page.title || '');
  // Readability keeps the headline (as an h2) when it sits in the article: a heading before
  // any text, or one that repeats the title, is the title and not a paragraph.
  const first = (content as Element).querySelector(BLOCKS);
  const headline = first && /^H[1-6]$/.test(first.tagName) ? flat(first.textContent ?? '') : null;
  const paragraphs = paragraphsOf(content as Element).filter((p, i) => !(i === 0 && (p === headline || p.toLowerCase() === title.toLowerCase())));
  if (paragraphs.length === 0) throw new NoArticleError('The page has no article text to save.');
  const url = isHttp(page.url) ? page.url : null;
  const host = hostName(url);
  const input: ArticleInput = {
    title: (title || host || 'Untitled page').slice(0, LIMITS.title),
    source: flat(result.siteName || host || 'Saved page').slice(0, LIMITS.source),
    url,
    date: isoDay(result.publishedTime) ?? metaDay ?? fullDateIn(result.byline ?? '') ?? shownDay ?? today,
    paragraphs,
  };
  const lang = result.lang?.trim();
  if (lang && LANGUAGE_TAG.test(lang)) input.language = lang;
  return input;
}
