// Where the background gets its knowledge from. Handlers only see the KnowledgeSource
// interface; this file's in-memory source builds it from the articles bundled with the
// extension. The store (IndexedDB) will provide another implementation of the same
// interface and main.ts will pick it — nothing else changes.
//
// MV3 stops an idle service worker; the built index is a cache, never state: after a
// restart the first request simply builds it again.
import { buildKnowledge, createKnowledgeCache } from '../core/knowledge';
import { buildMatcherPackage } from '../core/matcher';
import { demonyms, placeLexicon, placeVariants } from '../core/places';
import type { Article, KnowledgeIndex, MatcherPackage } from '../core/types';
import { ext } from '../platform/background-api';

export interface Knowledge {
  index: KnowledgeIndex;
  matcher: MatcherPackage;
}

export interface KnowledgeSource {
  /** The current knowledge, built on first use and cached until invalidated. */
  get(): Promise<Knowledge>;
  /** Forget the cache (articles changed); the next get() rebuilds. */
  invalidate(): void;
}

/** Reads stored articles; the bundled ones by default. */
export type ArticleLoader = () => Promise<Article[]>;

/** The articles shipped in the extension: articles/index.json lists the files. Extension
 *  URLs, so this is a read from the package, not the network. */
export async function bundledArticles(): Promise<Article[]> {
  const url = (path: string): string => ext.runtime.getURL(`articles/${path}`);
  const files = (await (await fetch(url('index.json'))).json()) as string[];
  return Promise.all(files.map(async (f) => (await (await fetch(url(f))).json()) as Article));
}

/** What each article yielded in the last build: a library change then re-reads only the new
 *  articles (saving one page to a 10,000-article library rebuilds in ~1 s instead of ~10 s).
 *  The store source keeps its entries in IndexedDB too and primes it after a worker restart. */
export const articleFindings = createKnowledgeCache();

/** Build the index and the page matcher from articles (timed by the caller). */
export function buildFromArticles(articles: Article[]): Knowledge {
  const lexicon = placeLexicon();
  const nonNames = demonyms();
  // The default lexicon (these places and demonyms), compiled once while the worker lives.
  const index = buildKnowledge(articles, undefined, articleFindings);
  return { index, matcher: buildMatcherPackage(index, lexicon, nonNames, placeVariants()) };
}

export function inMemorySource(load: ArticleLoader = bundledArticles): KnowledgeSource {
  let pending: Promise<Knowledge> | null = null;
  return {
    get() {
      if (!pending) {
        pending = load().then(buildFromArticles);
        // A failed build must not stick: the next request tries again.
        pending.catch(() => {
          pending = null;
        });
      }
      return pending;
    },
    invalidate() {
      pending = null;
    },
  };
}

// The one source the handlers use. main.ts may swap it (the store's IndexedDB source).
let source: KnowledgeSource = inMemorySource();

export function useKnowledgeSource(next: KnowledgeSource): void {
  source = next;
}

export function knowledgeSource(): KnowledgeSource {
  return source;
}

export function currentKnowledge(): Promise<Knowledge> {
  return source.get();
}
