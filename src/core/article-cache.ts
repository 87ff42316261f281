// What the index build finds in each article on its own (entity mentions with their
// sentences and descriptions, facts), kept between builds. A library change then reads only
// the articles that are new or changed; the steps across articles (alias grouping, related
// entities, the topic profile) still run over all of them. Entries are keyed by article id
// and a hash of the article (its text and details), and belong to the lexicon they were found with.

export class ArticleCache<T> {
  private lexiconKey: string | null = null;
  private entries = new Map<string, { hash: string; value: T }>();
  private seen = new Set<string>();
  /** Articles read (not found in the cache) since the last begin(); for tests and logs. */
  misses = 0;

  /** Starts a build: everything found with another lexicon is dropped. */
  begin(lexiconKey: string): void {
    if (lexiconKey !== this.lexiconKey) this.entries.clear();
    this.lexiconKey = lexiconKey;
    this.seen.clear();
    this.misses = 0;
  }

  /** The value cached for this article as `hash` says it is, or `make()`'s, kept for the next build. */
  get(id: string, hash: string, make: () => T): T {
    this.seen.add(id);
    const hit = this.entries.get(id);
    if (hit && hit.hash === hash) return hit.value;
    this.misses++;
    const value = make();
    this.entries.set(id, { hash, value });
    return value;
  }

  /** Ends a build: articles no longer in the library are forgotten. */
  end(): void {
    for (const id of this.entries.keys()) if (!this.seen.has(id)) this.entries.delete(id);
    this.seen.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
