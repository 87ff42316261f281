// What the index build finds in each article on its own (entity mentions with their
// sentences and descriptions, facts), kept between builds. A library change then reads only
// the articles that are new or changed; the steps across articles (alias grouping, related
// entities, the topic profile) still run over all of them. Entries are keyed by article id
// and a hash of the article (its text and details), and belong to the lexicon they were found with.
//
// The background also keeps the entries in the store, so a restarted worker primes an empty
// cache with them (prime) and writes back only what a build changed (takeChanges). Whether an
// entry, kept or made here, still stands for its article is core/kept-entry's rule, the one
// the Library search's kept text index follows too.
import { keptEntryValid, keptUnder, type KeptStamp } from './kept-entry';

export interface CacheEntry<T> {
  id: string;
  hash: string;
  value: T;
}

/** An entry as the store kept it: with the release and lexicon it was found under. */
export interface KeptCacheEntry<T> extends CacheEntry<T> {
  tag: string;
  lexiconKey: string;
}

interface Held<T> extends KeptStamp {
  value: T;
}

/** What the last build changed: the entries it made, the articles it forgot. */
export interface CacheChanges<T> {
  lexiconKey: string;
  made: CacheEntry<T>[];
  dropped: string[];
}

export class ArticleCache<T> {
  private lexiconKey: string | null = null;
  /** The release (build tag) entries made here are kept under: the one prime() names. */
  private release = '';
  private entries = new Map<string, Held<T>>();
  private seen = new Set<string>();
  private made: CacheEntry<T>[] = [];
  private changes: CacheChanges<T> | null = null;
  /** Articles read (not found in the cache) since the last begin(); for tests and logs. */
  misses = 0;

  /** Fill an empty cache with entries kept from earlier builds, for this `release`: those kept
   *  under another release or lexicon go at the next begin(). A cache that holds anything
   *  keeps what it has: it is at least as fresh. */
  prime(release: string, entries: Iterable<KeptCacheEntry<T>>): void {
    if (this.entries.size > 0) return;
    this.release = release;
    for (const e of entries) this.entries.set(e.id, { tag: e.tag, lexiconKey: e.lexiconKey, hash: e.hash, value: e.value });
  }

  /** Starts a build: every entry found under another release or lexicon is dropped (no text
   *  of its article could make it good again). The articles' hashes are not known here: an
   *  entry's text is checked in get(), and an article gone is forgotten at end(). */
  begin(lexiconKey: string): void {
    const dropped: string[] = [];
    for (const [id, e] of this.entries) if (!keptUnder(e, { tag: this.release, lexiconKey })) dropped.push(id);
    for (const id of dropped) this.entries.delete(id);
    this.lexiconKey = lexiconKey;
    this.seen.clear();
    this.made = [];
    this.changes = { lexiconKey, made: this.made, dropped };
    this.misses = 0;
  }

  /** The value cached for this article as `hash` says it is, or `make()`'s, kept for the next build. */
  get(id: string, hash: string, make: () => T): T {
    this.seen.add(id);
    const hit = this.entries.get(id);
    if (keptEntryValid(hit, { tag: this.release, lexiconKey: this.lexiconKey ?? '', hash })) return hit.value;
    this.misses++;
    const value = make();
    this.entries.set(id, { tag: this.release, lexiconKey: this.lexiconKey ?? '', hash, value });
    this.made.push({ id, hash, value });
    return value;
  }

  /** Ends a build: articles no longer in the library are forgotten. */
  end(): void {
    for (const id of this.entries.keys()) {
      if (this.seen.has(id)) continue;
      this.entries.delete(id);
      this.changes?.dropped.push(id);
    }
    this.seen.clear();
  }

  /** What the last build (begin … end) changed; null before any. Taking it clears it, so a
   *  change is handed out once. */
  takeChanges(): CacheChanges<T> | null {
    const c = this.changes;
    this.changes = null;
    return c;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The lexicon the entries were found with (null before any build). */
  get lexicon(): string | null {
    return this.lexiconKey;
  }

  /** Every entry held now. */
  all(): CacheEntry<T>[] {
    return [...this.entries].map(([id, e]) => ({ id, hash: e.hash, value: e.value }));
  }
}
