// The knowledge source backed by the store. First run puts the bundled articles into the
// store; every later start loads the cached index and matcher (no re-parsing) as long as
// the library has not changed since they were built; a library change (its generation
// goes up in the same transaction) makes the next get() rebuild and cache again. That
// rebuild reads only new or changed articles: the per-article findings are kept in the store
// too, and a restarted worker's empty findings cache is primed from them first.
import type { KnowledgeCache } from '../core/knowledge';
import type { LibraryEntry, StoredArticle } from '../core/records';
import { textHash } from '../core/text-hash';
import type { Article, KnowledgeIndex } from '../core/types';
import { readLibrary, seedArticles } from '../storage/articles';
import type { Store } from '../storage/db';
import { SEEDED_KEY, type KnowledgeCacheRecord } from '../storage/schema';
import { bucketOf, readFindings, writeFindings } from '../storage/findings-cache';
import { readKnowledgeCache, writeKnowledgeCache } from '../storage/knowledge-cache';
import type { Knowledge, KnowledgeSource } from './knowledge-source';

export interface StoreKnowledgeSource extends KnowledgeSource {
  /** The library list (summaries with entity counts), from the same build as get(). */
  library(): Promise<LibraryEntry[]>;
  /** Each listed article's text hash, from the same build as library(). */
  textHashes(): Promise<ReadonlyMap<string, string>>;
  /** The build tag (release) the caches in the store are kept under. */
  readonly tag: string;
  /** Settles when what the builds so far cache in the store is written (tests). */
  written(): Promise<void>;
}

export interface StoreKnowledgeDeps {
  db: () => Promise<Store>;
  /** The articles shipped with the extension (first run only). */
  loadBundled: () => Promise<Article[]>;
  build: (articles: Article[]) => Knowledge;
  /** The per-article cache `build` uses: kept in the store after each build, and primed from
   *  it when empty (a restarted worker), so a change reads only new articles. */
  findings?: KnowledgeCache;
  /** Changes with each release, so a new release rebuilds its cache. */
  tag: string;
  now?: () => string;
}

/** Entities per article: how many stored entities an article mentions. */
export function libraryEntries(index: KnowledgeIndex, articles: readonly StoredArticle[]): LibraryEntry[] {
  const counts = new Map<string, number>();
  for (const e of index.entities) {
    for (const id of new Set(e.mentions.map((m) => m.articleId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  // Newest first; articles added together (the seeds, one import) then by title, so the
  // order does not follow their random ids.
  return articles
    .map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, date: a.date, added: a.added, entityCount: counts.get(a.id) ?? 0 }))
    .sort((a, b) => b.date.localeCompare(a.date) || b.added.localeCompare(a.added) || a.title.localeCompare(b.title));
}

interface Built extends Knowledge {
  library: LibraryEntry[];
  textHashes: ReadonlyMap<string, string>;
}

export function createStoreKnowledgeSource(deps: StoreKnowledgeDeps): StoreKnowledgeSource {
  const now = deps.now ?? (() => new Date().toISOString());
  let pending: Promise<Built> | null = null;
  /** Knowledge cache writes, one after another; no answer waits for them. */
  let writing: Promise<void> = Promise.resolve();
  const later = (work: () => Promise<unknown>, failed: string): void => {
    writing = writing.then(work).then(
      () => undefined,
      (err: unknown) => console.warn(`Backstory: ${failed}`, err),
    );
  };
  const keep = (db: Store, record: KnowledgeCacheRecord): void => later(() => writeKnowledgeCache(db, record), 'caching the knowledge failed (built again at the next start)');

  /** A cold cache (a restarted worker) takes what earlier builds kept; failing that, the build reads every article. */
  async function primeFindings(db: Store, cache: KnowledgeCache): Promise<void> {
    if (cache.size > 0) return;
    try {
      await writing; // a delete still queued must not come back
      cache.prime(deps.tag, await readFindings(db));
    } catch (err) {
      console.warn('Backstory: reading the kept findings failed (every article is read again)', err);
    }
  }

  async function load(): Promise<Built> {
    const db = await deps.db();
    await seed(db);
    const cached = await readKnowledgeCache(db, deps.tag);
    const hashes = cached?.textHashes;
    // A record from before the text hashes were kept beside it is built again.
    if (cached && hashes?.length === cached.library.length) {
      return { index: cached.index, matcher: cached.matcher, library: cached.library, textHashes: new Map(cached.library.map((e, i) => [e.id, hashes[i] ?? ''])) };
    }
    const cache = deps.findings;
    const [{ articles, generation }] = await Promise.all([readLibrary(db), cache && primeFindings(db, cache)]);
    const built = deps.build(articles);
    const changes = cache?.takeChanges();
    if (cache && changes) {
      const buckets = new Set([...changes.made.map((e) => e.id), ...changes.dropped].map(bucketOf));
      // The chunks are taken from the cache as the write starts: whole, and as of then.
      later(() => writeFindings(db, deps.tag, cache.lexicon ?? changes.lexiconKey, buckets, cache.all()), 'keeping the findings failed (those articles are read again after a restart)');
    }
    const library = libraryEntries(built.index, articles);
    const textHashes = new Map(articles.map((a) => [a.id, a.textHash]));
    // Written after the answer (tens of MB with a large library). A change meanwhile leaves
    // it unwritten; the invalidate() that came with the change makes the next get() build.
    keep(db, { tag: deps.tag, generation, builtAt: now(), index: built.index, matcher: built.matcher, library, textHashes: library.map((e) => textHashes.get(e.id) ?? '') });
    return { ...built, library, textHashes };
  }

  async function seed(db: Store): Promise<void> {
    if ((await db.get('meta', SEEDED_KEY)) !== undefined) return;
    const at = now();
    const bundled = await deps.loadBundled();
    await seedArticles(db, bundled.map((a) => ({ ...a, textHash: textHash(a.paragraphs), added: at })));
  }

  function current(): Promise<Built> {
    if (!pending) {
      const p = load();
      pending = p;
      // A failed build must not stick: the next request tries again.
      p.catch(() => {
        if (pending === p) pending = null;
      });
    }
    return pending;
  }

  return {
    async get() {
      const { index, matcher } = await current();
      return { index, matcher };
    },
    async library() {
      return (await current()).library;
    },
    async textHashes() {
      return (await current()).textHashes;
    },
    tag: deps.tag,
    invalidate() {
      pending = null;
    },
    written: () => writing,
  };
}
