// The Library search after a worker restart: a new knowledge source and a new search over the
// same store, as a stopped MV3 worker starts again. The first search must read only the
// articles that changed since the index was kept, and answer as a search built from scratch.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { buildWordIndex, foldedWords } from '../core/library-search';
import type { StoredArticle } from '../core/records';
import { addArticles, deleteArticle } from '../storage/articles';
import { openStore, type Store } from '../storage/db';
import { SEARCH_TEXT_KEY } from '../storage/schema';
import { article, freshName } from '../storage/test-records';
import { createLibrarySearch } from './library-search';
import { createStoreKnowledgeSource } from './store-knowledge-source';
import { fakeBuild } from './store-test-deps';

const TEXTS = ['Troops stay in the Philadelphi corridor.', 'Shares rose on Tuesday.', 'The corridor plan weighed on bonds.', 'Witkoff met the mediators.'];
const stored = (n: number, text = TEXTS[n % TEXTS.length] ?? ''): StoredArticle => ({ ...article(n), paragraphs: [`${text} Day ${n}.`], textHash: `h${n}-${text}` });
const QUERIES = ['corridor', 'shares', 'witkoff', 'day', 'dolphins', 'bonds tuesday'];

function worker(name: string, tag = '1.0.0') {
  const db = openStore(name);
  const knowledge = createStoreKnowledgeSource({ db: () => db, loadBundled: async () => [], build: fakeBuild, tag });
  const search = createLibrarySearch(() => db, knowledge);
  return {
    db,
    search,
    knowledge,
    async answers() {
      const out: string[][] = [];
      for (const q of QUERIES) out.push((await search.find(q, 0, undefined)).entries.map((e) => `${e.id}:${JSON.stringify(e.match ?? null)}`));
      return out;
    },
    async change(work: (db: Store) => Promise<unknown>) {
      await work(await db);
      knowledge.invalidate();
    },
    async stop() {
      await search.written();
      await knowledge.written();
      (await db).close();
    },
  };
}

/** What a search built from scratch over the store answers (its kept index dropped first). */
async function fresh(name: string): Promise<string[][]> {
  const db = await openStore(name);
  await db.clear('search');
  db.close();
  const w = worker(name);
  const out = await w.answers();
  await w.stop();
  return out;
}

// The timeout is a hang guard: each test builds and restarts a worker over IndexedDB,
// ~1 s at load 20 but as long as the findings' restart tests at worse.
describe('the search index kept across a worker restart', { timeout: 60_000 }, () => {
  it('the first search after a restart reads no article when none changed, only the new one after a save', async () => {
    const name = freshName();
    const first = worker(name);
    await first.change((db) => addArticles(db, [0, 1, 2, 3, 4].map((n) => stored(n))));
    const before = await first.answers();
    expect(first.search.articlesRead()).toBe(5);
    await first.stop();

    const second = worker(name);
    expect(await second.answers()).toEqual(before);
    expect(second.search.articlesRead()).toBe(0);
    await second.stop();

    const third = worker(name);
    await third.change((db) => addArticles(db, [stored(5)]));
    await third.change((db) => deleteArticle(db, stored(1).id));
    const after = await third.answers();
    expect(third.search.articlesRead()).toBe(1);
    await third.stop();
    expect(after).toEqual(await fresh(name));
  });

  it('an article stored again under its id with other text is read again', async () => {
    const name = freshName();
    const first = worker(name);
    await first.change((db) => addArticles(db, [0, 1, 2].map((n) => stored(n))));
    await first.answers();
    await first.stop();

    const second = worker(name);
    await second.change((db) => deleteArticle(db, stored(1).id));
    await second.change((db) => addArticles(db, [stored(1, 'Dolphins were seen off Gaza.')]));
    const after = await second.answers();
    expect(second.search.articlesRead()).toBe(1);
    expect((await second.search.find('shares', 0, undefined)).total).toBe(0);
    expect((await second.search.find('dolphins', 0, undefined)).entries.map((e) => e.id)).toEqual([stored(1).id]);
    await second.stop();
    expect(after).toEqual(await fresh(name));
  });

  it('another release, or a kept index that cannot be read, reads every article again', async () => {
    const name = freshName();
    const first = worker(name);
    await first.change((db) => addArticles(db, [0, 1, 2].map((n) => stored(n))));
    const before = await first.answers();
    await first.stop();

    const next = worker(name, '1.1.0');
    expect(await next.answers()).toEqual(before);
    expect(next.search.articlesRead()).toBe(3);
    await next.stop();

    const broken = worker(name, '1.1.0');
    const db = await broken.db;
    const read = db.get.bind(db);
    vi.spyOn(db, 'get').mockImplementation(((store: string, key: string) => (store === 'search' ? Promise.reject(new Error('read failed')) : read(store as 'meta', key))) as typeof db.get);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await broken.answers()).toEqual(before);
    expect(broken.search.articlesRead()).toBe(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('search index'), expect.any(Error));
    vi.restoreAllMocks();
    await broken.stop();
  });

  it('an index kept before the words took bare forms (same release) is read again', async () => {
    const name = freshName();
    const first = worker(name);
    await first.change((db) => addArticles(db, [stored(0, "Tom O'Brien met the mediators."), stored(1), stored(2)]));
    expect((await first.search.find('obrien', 0, undefined)).entries.map((e) => e.id)).toEqual([stored(0).id]);
    await first.stop();

    // What the build before: tagged with the release alone, its words without bare forms.
    const db = await openStore(name);
    const kept = await db.get('search', SEARCH_TEXT_KEY);
    if (!kept) throw new Error('no kept index');
    const texts = new Map((await db.getAll('articles')).map((a) => [a.id, a.paragraphs.join('\n')]));
    const segments = kept.segments.map((seg) => ({ ...seg, index: buildWordIndex(seg.ids.length, (d) => foldedWords(texts.get(seg.ids[d] ?? '') ?? '')) }));
    await db.put('search', { tag: '1.0.0', segments }, SEARCH_TEXT_KEY);
    db.close();

    const second = worker(name);
    expect((await second.search.find('obrien', 0, undefined)).entries.map((e) => e.id)).toEqual([stored(0).id]);
    expect(second.search.articlesRead()).toBe(3);
    await second.stop();
  });
});
