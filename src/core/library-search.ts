// Finding stored articles by what is in them: the Library's search. Every query word must
// match, as a word prefix, case- and accent-blind, in the article's title or source, in a
// name the knowledge index holds for it (an entity it mentions: canonical name or alias), or
// in its text. Hits rank title/source first, then names, then text only; within a rank they
// keep the library's order (newest first).
//
// Three word indexes (sorted vocabulary → the documents holding each word, in typed arrays)
// answer a prefix with one binary search: at 10k articles a query is a few ms, where a scan
// of the texts would be a read of every article. Pure: the background feeds it what it stores.
// What a word is: library-search-words.ts; the word index itself: word-index.ts.
import { indexNames, type NamesPart, type SearchableEntity, type SearchedPart } from './library-search-names';
import { foldedWords, indexedWords } from './library-search-words';
import { buildWordIndex, forPrefix, type WordIndex } from './word-index';

// The background, the popup and the store's schema take these from here, with the search.
export { foldedWords, indexedWords, WORDS_VERSION } from './library-search-words';
export { buildWordIndex, wordIndexBuilder, type WordIndex } from './word-index';
export { namesIndex, type SearchableEntity } from './library-search-names';

/** Which part of an article a word matched: the lower, the better the hit ranks. */
export const RANK = { title: 0, name: 1, text: 2 } as const;
export type MatchRank = (typeof RANK)[keyof typeof RANK];

export interface SearchableArticle {
  id: string;
  title: string;
  source: string;
}

export interface LibrarySearchIndex {
  /** Article ids in the library's order; a document is an index into it. */
  ids: string[];
  /** Titles and sources, as segments like the text's. */
  heads: SearchedPart[];
  /** The entities' names and the articles that mention them (library-search-names.ts). */
  names: NamesPart;
  /** The text's segments. */
  text: SearchedPart[];
}

/** The words of an article's title and source. */
export const headWords = (a: SearchableArticle): string[] => indexedWords(`${a.title}\n${a.source}`);

/** The text indexes of core/library-search-segments, as search reads them. */
export interface TextPart {
  /** Article id per document ('' or an id not in the library: not searched). */
  ids: readonly string[];
  index: WordIndex;
}

/** `articles` in the order hits should keep within a rank; `text` indexes their texts by id
 *  (an article missing there is searched by its title, source and names only), `heads` their
 *  headWords() (indexed here when not given). The text and heads are what a caller keeps
 *  between builds; so are the names (namesIndex().follow), or given as entities they are
 *  indexed here afresh. */
export function buildLibrarySearch(articles: readonly SearchableArticle[], names: NamesPart | readonly SearchableEntity[], text: readonly TextPart[], heads?: readonly TextPart[]): LibrarySearchIndex {
  const ids = articles.map((a) => a.id);
  const docOf = new Map(ids.map((id, i) => [id, i]));
  const searched = (t: TextPart): SearchedPart => ({ index: t.index, docs: Int32Array.from(t.ids, (id) => docOf.get(id) ?? -1) });
  return {
    ids,
    heads: (heads ?? [{ ids, index: buildWordIndex(articles.length, (d) => (articles[d] ? headWords(articles[d]) : [])) }]).map(searched),
    names: 'parts' in names ? names : indexNames(ids, names),
    text: text.map(searched),
  };
}

export interface LibraryHit {
  doc: number;
  rank: MatchRank;
}

export interface LibraryQuery {
  /** Folded query words (no repeats). */
  words: string[];
  /** Matching articles, best rank first, library order within a rank. */
  hits: LibraryHit[];
  /** The names (canonical, at most `limit`) through which article `doc` matched words its
   *  title and source do not hold. */
  namesFor(doc: number, limit?: number): string[];
}

/** forPrefix over segments, with each document's article (ones not in the library left out). */
function forParts(parts: readonly SearchedPart[], prefix: string, each: (doc: number) => void): void {
  for (const p of parts) {
    forPrefix(p.index, prefix, (sd) => {
      const d = p.docs[sd] ?? -1;
      if (d >= 0) each(d);
    });
  }
}

const TITLE = 1;
const NAME = 2;
const TEXT = 4;

/** Run a query. No words: no hits (the caller lists the whole library). */
export function searchLibrary(index: LibrarySearchIndex, query: string): LibraryQuery {
  const words = [...new Set(foldedWords(query))];
  const n = index.ids.length;
  // Per word: where each article holds it (bits), and which entities' names hold it.
  const perWord = words.map((w) => {
    const where = new Uint8Array(n);
    const named = new Uint8Array(index.names.entityNames.length);
    forParts(index.heads, w, (d) => (where[d] = (where[d] ?? 0) | TITLE));
    forParts(index.names.parts, w, (ei) => {
      // An entity may hold the word in several of its names: its articles once.
      if (named[ei]) return;
      named[ei] = 1;
      index.names.articlesOf(ei, (d) => (where[d] = (where[d] ?? 0) | NAME));
    });
    forParts(index.text, w, (d) => (where[d] = (where[d] ?? 0) | TEXT));
    return { where, named };
  });
  const byRank: LibraryHit[][] = [[], [], []];
  if (words.length) {
    for (let d = 0; d < n; d++) {
      // The word matched worst decides: each word by where it matched best.
      let rank: MatchRank | null = RANK.title;
      for (const { where } of perWord) {
        const bits = where[d] ?? 0;
        const best = bits & TITLE ? RANK.title : bits & NAME ? RANK.name : bits & TEXT ? RANK.text : null;
        if (best === null) {
          rank = null;
          break;
        }
        if (best > rank) rank = best;
      }
      if (rank !== null) byRank[rank]?.push({ doc: d, rank });
    }
  }
  return {
    words,
    hits: byRank.flat(),
    namesFor(doc, limit = 3) {
      const names: string[] = [];
      for (const ei of index.names.entitiesOf(doc)) {
        const name = index.names.entityNames[ei] ?? '';
        const through = perWord.some(({ where, named }) => !((where[doc] ?? 0) & TITLE) && named[ei]);
        if (through && names.length < limit && !names.includes(name)) names.push(name);
      }
      return names;
    },
  };
}
