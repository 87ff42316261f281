import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../core/types';
import { addArticles, deleteArticle } from '../storage/articles';
import { openStore } from '../storage/db';
import { article, freshName } from '../storage/test-records';
import { createStoreKnowledgeSource, libraryEntries } from './store-knowledge-source';
import { fakeBuild } from './store-test-deps';

const SEEDS: Article[] = [
  { id: 'seed-1', title: 'Trump says no guarantees', source: 'AFP', url: null, date: '2025-02-03', language: 'en', paragraphs: ['Hamas and Israel began talks.'] },
  { id: 'seed-2', title: 'Witkoff in Doha', source: 'Wire', url: null, date: '2025-02-04', language: 'en', paragraphs: ['Witkoff met Hamas mediators.'] },
];

function source(name: string, tag = '1.0.0') {
  const db = openStore(name);
  const build = vi.fn(fakeBuild);
  const loadBundled = vi.fn(async () => SEEDS);
  return { src: createStoreKnowledgeSource({ db: () => db, loadBundled, build, tag }), build, loadBundled, db };
}

describe('store knowledge source', () => {
  it('first run ingests the bundled articles and builds once', async () => {
    const { src, build, loadBundled } = source(freshName());
    const { index } = await src.get();
    expect(index.articles.map((a) => a.id).sort()).toEqual(['seed-1', 'seed-2']);
    await src.get();
    expect(build).toHaveBeenCalledTimes(1);
    expect(loadBundled).toHaveBeenCalledTimes(1);
    expect((await src.library()).map((e) => [e.id, e.entityCount])).toEqual([['seed-2', 2], ['seed-1', 1]]);
  });

  it('a later start loads the cached knowledge without building or re-reading the seeds', async () => {
    const name = freshName();
    const first = source(name);
    const built = await first.src.get();
    await first.src.written();
    (await first.db).close();
    const second = source(name);
    expect(await second.src.get()).toEqual(built);
    expect(second.build).not.toHaveBeenCalled();
    expect(second.loadBundled).not.toHaveBeenCalled();
  });

  it('a cached record without the text hashes (written before v3) is built again', async () => {
    const name = freshName();
    const first = source(name);
    await first.src.get();
    await first.src.written();
    const db = await first.db;
    const record = await db.get('knowledge', '1.0.0');
    if (!record) throw new Error('not cached');
    delete record.textHashes;
    await db.put('knowledge', record, '1.0.0');
    db.close();
    const second = source(name);
    await second.src.get();
    expect(second.build).toHaveBeenCalledTimes(1);
    expect([...(await second.src.textHashes()).keys()].sort()).toEqual(['seed-1', 'seed-2']);
  });

  it('a new release (another tag) rebuilds', async () => {
    const name = freshName();
    await source(name, '1.0.0').src.get();
    const next = source(name, '1.1.0');
    await next.src.get();
    expect(next.build).toHaveBeenCalledTimes(1);
  });

  it('a library change makes the next get() rebuild with the new article', async () => {
    const { src, db } = source(freshName());
    await src.get();
    await addArticles(await db, [article(9)]);
    // The cache is stale by generation even before invalidate() is called …
    src.invalidate();
    const { index } = await src.get();
    expect(index.articles.map((a) => a.id)).toContain(article(9).id);
  });

  it('deleting the seeds does not bring them back on the next start', async () => {
    const name = freshName();
    const first = source(name);
    await first.src.get();
    const db = await first.db;
    for (const s of SEEDS) await deleteArticle(db, s.id);
    await first.src.written();
    db.close();
    const second = source(name);
    expect((await second.src.get()).index.articles).toEqual([]);
  });

  it('a failed build does not stick', async () => {
    const { src, build } = source(freshName());
    build.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    await expect(src.get()).rejects.toThrow('boom');
    await expect(src.get()).resolves.toBeTruthy();
  });
});

describe('libraryEntries', () => {
  it('lists the newest first, then the latest added, then by title', () => {
    const stored = (id: string, title: string, date: string, added: string) =>
      ({ id, title, source: 'S', url: null, date, language: 'en', paragraphs: ['x'], textHash: id, added });
    const same = '2026-01-01T00:00:00.000Z';
    const articles = [
      stored('z1', 'Witkoff in Doha', '2025-02-04', same),
      stored('a2', 'Aid convoys enter Gaza', '2025-02-04', same),
      stored('m3', 'Talks resume', '2025-02-04', '2026-02-01T00:00:00.000Z'),
      stored('b4', 'An older report', '2025-01-19', same),
    ];
    const { index } = fakeBuild(articles);
    expect(libraryEntries(index, articles).map((e) => e.id)).toEqual(['m3', 'a2', 'z1', 'b4']);
  });
});
