// A worker restart over the same store: a new knowledge source and a new (empty) findings
// cache, as a stopped MV3 worker starts again. The first library change must read only the
// changed articles and give what a build from scratch gives.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { lexicon, nonNames, seeds } from '../../tests/support/seed-knowledge';
import { buildKnowledge, createKnowledgeCache } from '../core/knowledge';
import { buildMatcherPackage } from '../core/matcher';
import type { Article } from '../core/types';
import { addArticles, deleteArticle, readLibrary } from '../storage/articles';
import { openStore } from '../storage/db';
import { bucketOf } from '../storage/findings-cache';
import { article, freshName } from '../storage/test-records';
import { createStoreKnowledgeSource } from './store-knowledge-source';

const lex = { lexicon, nonNames };
const fresh = (articles: Article[]) => buildKnowledge(articles, lex);

/** One worker's life: its own source and findings cache over the store `name`. */
function worker(name: string, tag = '1.0.0') {
  const db = openStore(name);
  const findings = createKnowledgeCache();
  const build = vi.fn((articles: Article[]) => {
    const index = buildKnowledge(articles, lex, findings);
    return { index, matcher: buildMatcherPackage(index, lexicon, nonNames) };
  });
  const src = createStoreKnowledgeSource({ db: () => db, loadBundled: async () => seeds, build, findings, tag });
  return {
    src,
    findings,
    build,
    db,
    async stop() {
      await src.written();
      (await db).close();
    },
    async articles() {
      return (await readLibrary(await db)).articles;
    },
  };
}

// The timeout is a hang guard: each test builds and restarts a worker over IndexedDB,
// ~1 s alone and 5-7 s at load 20 on two cores (past vitest's 5 s default).
describe('the findings kept across a worker restart', { timeout: 60_000 }, () => {
  it('the first change after a restart reads only the new article, with the same result as a fresh build', async () => {
    const name = freshName();
    const first = worker(name);
    await first.src.get();
    expect(first.findings.misses).toBe(seeds.length);
    await first.stop();

    const second = worker(name);
    // The library has not changed: the cached knowledge is used, the findings are not read.
    await second.src.get();
    expect(second.build).not.toHaveBeenCalled();
    expect(second.findings.size).toBe(0);
    await addArticles(await second.db, [article(1)]);
    second.src.invalidate();
    const { index } = await second.src.get();
    expect(second.findings.misses).toBe(1);
    expect(index).toEqual(fresh(await second.articles()));
    await second.stop();

    // The one written by the second worker is kept too.
    const third = worker(name);
    await deleteArticle(await third.db, seeds[0]?.id ?? '');
    await addArticles(await third.db, [article(2)]);
    third.src.invalidate();
    expect((await third.src.get()).index).toEqual(fresh(await third.articles()));
    expect(third.findings.misses).toBe(1);
    const library = (await third.articles()).map((a) => a.id).sort();
    await third.stop();
    // The deleted article's entry went with it; every other article has one.
    const kept = (await (await openStore(name)).getAll('findings')).flatMap((c) => c.entries.map((e) => e.id));
    expect(kept.sort()).toEqual(library);
  });

  it('an id stored again with other text is read again (the hash differs)', async () => {
    const name = freshName();
    const first = worker(name);
    await addArticles(await first.db, [article(1)]);
    await first.src.get();
    await first.stop();

    const second = worker(name);
    const db = await second.db;
    await deleteArticle(db, article(1).id);
    const other = { ...article(1), paragraphs: ['Ron Dermer met Steve Witkoff in Cairo on Monday.'], textHash: 'other' };
    await addArticles(db, [other]);
    const { index } = await second.src.get();
    expect(second.findings.misses).toBe(1);
    expect(index).toEqual(fresh(await second.articles()));
    await second.stop();
  });

  it('another release reads every article again; records lost or never written only cost a re-read', async () => {
    const name = freshName();
    const first = worker(name);
    await addArticles(await first.db, [article(1), article(2)]);
    await first.src.get();
    await first.stop();

    const next = worker(name, '1.1.0');
    await next.src.get();
    expect(next.findings.misses).toBe(seeds.length + 2);
    await next.stop();

    // A partial store (a write cut off, a chunk lost) is only a cache.
    const db = await openStore(name);
    const lost = (await db.get('findings', bucketOf(article(1).id)))?.entries.length ?? 0;
    expect(lost).toBeGreaterThan(0);
    await db.delete('findings', bucketOf(article(1).id));
    db.close();
    const third = worker(name, '1.1.0');
    await addArticles(await third.db, [article(3)]);
    const { index } = await third.src.get();
    expect(third.findings.misses).toBe(lost + 1);
    expect(index).toEqual(fresh(await third.articles()));
    await third.stop();
  });

  it('a failing read of the kept findings does not break the build', async () => {
    const name = freshName();
    const first = worker(name);
    await first.src.get();
    await first.stop();
    const second = worker(name);
    const db = await second.db;
    await addArticles(db, [article(1)]);
    const getAll = vi.spyOn(db, 'getAll').mockRejectedValueOnce(new Error('read failed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { index } = await second.src.get();
    expect(second.findings.misses).toBe(seeds.length + 1);
    expect(index).toEqual(fresh(await second.articles()));
    expect(warn).toHaveBeenCalled();
    getAll.mockRestore();
    warn.mockRestore();
    await second.stop();
  });
});
