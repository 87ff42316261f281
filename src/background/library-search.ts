// The Library's search (library/list with a query) over the store: the word indexes of
// core/library-search, built on the first search after a library change from the build's
// library list, its entities and the articles' text, and kept while the worker lives. The
// text is read a batch of articles at a time, so the whole library's text is never held.
import { buildLibrarySearch, foldedWords, RANK, searchLibrary, wordIndexBuilder, type LibrarySearchIndex, type SearchableEntity, type WordIndex } from '../core/library-search';
import { findSnippet } from '../core/library-search-snippet';
import type { LibraryEntry, StoredArticle } from '../core/records';
import type { LibraryHitEntry } from '../messaging/contract';
import type { Store } from '../storage/db';
import type { StoreKnowledgeSource } from './store-knowledge-source';

/** Articles read per transaction while indexing their text. */
const BATCH = 500;

export interface LibraryPage {
  total: number;
  entries: LibraryHitEntry[];
}

export interface LibrarySearch {
  /** The hits for `query` from `offset`, at most `limit`; rows that matched by a name or by
   *  the text say so (`match`). */
  find(query: string, offset: number, limit: number | undefined): Promise<LibraryPage>;
  /** Start building the indexes, if they are not built, without waiting (the Library was
   *  opened: a search is likely, and the first one would otherwise wait for the build). */
  warm(): void;
}

async function indexText(db: Store, docOf: Map<string, number>): Promise<WordIndex> {
  const builder = wordIndexBuilder();
  let after: string | null = null;
  for (;;) {
    const batch: StoredArticle[] = await db.getAll('articles', after === null ? undefined : IDBKeyRange.lowerBound(after, true), BATCH);
    for (const a of batch) {
      const doc = docOf.get(a.id);
      if (doc !== undefined) builder.add(doc, foldedWords(a.paragraphs.join('\n')));
    }
    if (batch.length < BATCH) return builder.finish();
    after = batch[batch.length - 1]?.id ?? null;
  }
}

export function createLibrarySearch(db: () => Promise<Store>, knowledge: StoreKnowledgeSource): LibrarySearch {
  /** The index, for the library list it was built from (a rebuild gives a new list). */
  let built: { library: LibraryEntry[]; index: Promise<LibrarySearchIndex> } | null = null;

  async function build(library: LibraryEntry[]): Promise<LibrarySearchIndex> {
    const { index } = await knowledge.get();
    const entities: SearchableEntity[] = index.entities.map((e) => ({ name: e.name, aliases: e.aliases, articleIds: e.mentions.map((m) => m.articleId) }));
    const text = await indexText(await db(), new Map(library.map((e, i) => [e.id, i])));
    return buildLibrarySearch(library, entities, text);
  }

  function indexFor(library: LibraryEntry[]): Promise<LibrarySearchIndex> {
    if (built?.library !== library) {
      const next = { library, index: build(library) };
      built = next;
      // A failed build must not stick.
      next.index.catch(() => {
        if (built === next) built = null;
      });
    }
    return built.index;
  }

  return {
    warm() {
      knowledge
        .library()
        .then(indexFor)
        .catch((err: unknown) => console.warn('Backstory: building the library search failed (tried again at the next search)', err));
    },
    async find(query, offset, limit) {
      const library = await knowledge.library();
      const q = searchLibrary(await indexFor(library), query);
      const page = q.hits.slice(offset, offset + (limit ?? q.hits.length));
      // The texts of the page's text hits, in one transaction.
      const texts = page.filter((h) => h.rank === RANK.text).map((h) => library[h.doc]?.id ?? '');
      const tx = (await db()).transaction('articles');
      const read = new Map((await Promise.all(texts.map((id) => tx.store.get(id)))).map((a, i) => [texts[i], a?.paragraphs ?? []]));
      const entries = page.map(({ doc, rank }): LibraryHitEntry | undefined => {
        const entry = library[doc];
        if (!entry || rank === RANK.title) return entry;
        if (rank === RANK.name) return { ...entry, match: { names: q.namesFor(doc) } };
        const snippet = findSnippet(read.get(entry.id) ?? [], q.words);
        return snippet ? { ...entry, match: { snippet } } : entry;
      });
      return { total: q.hits.length, entries: entries.filter((e) => e !== undefined) };
    },
  };
}
