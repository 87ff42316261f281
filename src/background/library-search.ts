// The Library's search (library/list with a query) over the store: the word indexes of
// core/library-search, brought up to date on the first search after a library change and
// kept while the worker lives. The first build reads every article's text, a batch at a time
// (the whole library's text is never held); after it, a change reads only the articles it
// added (core/library-search-segments keeps the text and the titles' indexes), and of the
// names only the entities whose names or articles the build changed (library-search-names).
//
// The text index is kept in the store too (storage/search-cache), written after a search
// that indexed new text, so a restarted worker's first search reads it back instead of every
// article. Each document carries the text hash of the article it indexed; on the way back
// in, a document whose article is gone or holds other text now, or that another release (or
// another way of cutting words) kept, is dropped and read again (core/kept-entry).
import { keptEntryValid } from '../core/kept-entry';
import { buildLibrarySearch, headWords, indexedWords, namesIndex, RANK, searchLibrary, WORDS_VERSION, wordIndexBuilder, type LibrarySearchIndex } from '../core/library-search';
import { segmentOf, textSegments, type TextSegment } from '../core/library-search-segments';
import { findSnippet } from '../core/library-search-snippet';
import type { LibraryEntry, StoredArticle } from '../core/records';
import type { LibraryHitEntry } from '../messaging/contract';
import type { Store } from '../storage/db';
import { readSearchText, writeSearchText } from '../storage/search-cache';
import type { StoreKnowledgeSource } from './store-knowledge-source';

/** Articles read per transaction while indexing their text: a large library is read a page
 *  at a time by key, so its texts are never all in memory at once. */
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
  /** Articles deleted (all of them, without ids): their text is not searched again, even if
   *  an article comes back under the same id with other text. */
  forget(ids?: readonly string[]): void;
  /** Settles when the text index is written to the store (tests, benchmarks). */
  written(): Promise<void>;
  /** Articles whose text this search has read so far (tests, logs). */
  articlesRead(): number;
}

/** Index the text of the articles `ids` names: read by id when they are few (a saved page),
 *  by a walk over the store a batch at a time when they are many (the first build). */
async function indexText(db: Store, ids: readonly string[], hashes: Map<string, string>): Promise<TextSegment & { read: number }> {
  const builder = wordIndexBuilder();
  const docOf = new Map(ids.map((id, i) => [id, i]));
  const read = new Set<string>();
  const add = (a: StoredArticle | undefined): void => {
    const doc = a && docOf.get(a.id);
    if (!a || doc === undefined) return;
    builder.add(doc, indexedWords(a.paragraphs.join('\n')));
    read.add(a.id);
    hashes.set(a.id, a.textHash);
  };
  if (ids.length <= BATCH) {
    const tx = db.transaction('articles');
    (await Promise.all(ids.map((id) => tx.store.get(id)))).forEach(add);
  } else {
    for (let after: string | null = null; ; ) {
      const batch: StoredArticle[] = await db.getAll('articles', after === null ? undefined : IDBKeyRange.lowerBound(after, true), BATCH);
      batch.forEach(add);
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]?.id ?? null;
    }
  }
  // One no longer stored (deleted since the list was built) stays unindexed.
  return { ids: ids.map((id) => (read.has(id) ? id : '')), index: builder.finish(), read: read.size };
}

export function createLibrarySearch(db: () => Promise<Store>, knowledge: StoreKnowledgeSource): LibrarySearch {
  /** What the kept index is written under: the release, and the words' version, so an index
   *  of words cut another way (same release, a build in between) is not taken. */
  const tag = `${knowledge.tag}/words${WORDS_VERSION}`;
  const text = textSegments();
  /** Titles and sources: they too never change under an id. */
  const heads = textSegments();
  /** The entities' names and articles, following each build's entities. */
  const names = namesIndex();
  /** The index, for the library list it was built from (a rebuild gives a new list). */
  let built: { library: LibraryEntry[]; index: Promise<LibrarySearchIndex> } | null = null;
  /** Updates of the text segments, one after another. */
  let updating: Promise<unknown> = Promise.resolve();
  /** The text hash each indexed article had when it was read (deleted ones stay: few, and
   *  an id that comes back is read again and set anew). */
  const indexedHash = new Map<string, string>();
  /** Whether this worker looked for a text index kept in the store. */
  let looked = false;
  let writing: Promise<void> = Promise.resolve();
  let writeQueued = false;
  let articlesRead = 0;

  /** Take the text index an earlier worker kept, without the documents whose article changed. */
  async function restore(store: Store): Promise<void> {
    try {
      const [kept, current] = await Promise.all([readSearchText(store), knowledge.textHashes()]);
      if (!kept) return;
      const valid = (id: string, hash: string | undefined): boolean => hash !== undefined && keptEntryValid({ tag: kept.tag, hash }, { tag, hash: current.get(id) });
      // Segments left with no document (all of them, from another release) are not taken.
      const segments = kept.segments.map((seg) => ({ ids: seg.ids.map((id, doc) => (id && valid(id, seg.hashes[doc]) ? id : '')), index: seg.index }));
      text.restore(segments);
      for (const seg of text.segments()) for (const id of seg.ids) if (id) indexedHash.set(id, current.get(id) ?? '');
    } catch (err) {
      console.warn('Backstory: reading the kept search index failed (every article is read again)', err);
    }
  }

  /** Write the text index after the answer; writes that pile up meanwhile become one. */
  function keep(): void {
    if (writeQueued) return;
    writeQueued = true;
    writing = writing
      .then(async () => {
        const store = await db();
        writeQueued = false;
        // One snapshot, taken as the write starts (put() copies it there and then).
        const segments = text.segments().map((seg) => ({ ids: seg.ids, hashes: seg.ids.map((id) => (id ? (indexedHash.get(id) ?? '') : '')), index: seg.index }));
        await writeSearchText(store, { tag, segments });
      })
      .catch((err: unknown) => {
        writeQueued = false;
        console.warn('Backstory: keeping the search index failed (the next start reads the articles again)', err);
      });
  }

  async function build(library: LibraryEntry[]): Promise<LibrarySearchIndex> {
    const { index } = await knowledge.get();
    if (!looked) {
      looked = true;
      await restore(await db());
    }
    // Deleted articles' documents die; the ones no live document holds are read and added.
    const ids = library.map((e) => e.id);
    const missing = text.follow(ids);
    if (missing.length) {
      const { read, ...segment } = await indexText(await db(), missing, indexedHash);
      articlesRead += read;
      text.add(segment);
      keep();
    }
    const newHeads = new Set(heads.follow(ids));
    if (newHeads.size) heads.add(segmentOf(library.filter((e) => newHeads.has(e.id)).map((e) => ({ id: e.id, words: headWords(e) }))));
    return buildLibrarySearch(library, names.follow(ids, index.entities), text.segments(), heads.segments());
  }

  function indexFor(library: LibraryEntry[]): Promise<LibrarySearchIndex> {
    if (built?.library !== library) {
      const index = updating.then(() => build(library));
      updating = index.catch(() => undefined);
      const next = { library, index };
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
    written: () => writing,
    articlesRead: () => articlesRead,
    forget(ids) {
      updating = updating.then(() => {
        text.forget(ids);
        heads.forget(ids);
      });
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
