import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { lexicon, nonNames, seeds } from '../../tests/support/seed-knowledge';
import { ArticleCache } from '../core/article-cache';
import { FINDINGS_FORMAT } from '../core/findings-kept';
import { buildKnowledge, createKnowledgeCache, type ArticleFindings } from '../core/knowledge';
import { openStore } from './db';
import { bucketOf, readFindings, writeFindings } from './findings-cache';
import { freshName } from './test-records';

const cache = createKnowledgeCache();
buildKnowledge(seeds, { lexicon, nonNames }, cache);
const entries = cache.all();
const lexiconKey = cache.lexicon ?? '';
const buckets = new Set(entries.map((e) => bucketOf(e.id)));

// The timeout is a hang guard: rewriting the stale chunks took 2.9 s at load 20 on two cores.
describe('the findings kept in the store', { timeout: 60_000 }, () => {
  it('are read back as the build made them, under the release and lexicon they were written with', async () => {
    const db = await openStore(freshName());
    await writeFindings(db, '1.0.0', lexiconKey, buckets, entries);
    const chunks = await db.getAll('findings');
    expect(chunks.every((c) => c.format === FINDINGS_FORMAT)).toBe(true);
    const back = await readFindings(db);
    expect(back.map(({ id, hash, value }) => ({ id, hash, value }))).toEqual(expect.arrayContaining(entries));
    expect(back.length).toBe(entries.length);
    expect(back.every((e) => e.tag === '1.0.0' && e.lexiconKey === lexiconKey)).toBe(true);
    db.close();
  });

  it('in the form written before 2026-12-05 are stale: dropped by the cache, their chunks rewritten', async () => {
    const db = await openStore(freshName());
    // A chunk as the store kept it then: no format, each entry's findings as built.
    for (const b of buckets) {
      const old = entries.filter((e) => bucketOf(e.id) === b).map((e) => ({ id: e.id, hash: e.hash, findings: e.value }));
      await db.put('findings', { bucket: b, tag: '1.0.0', lexiconKey, entries: old } as never);
    }
    const back = await readFindings(db);
    expect(back.length).toBe(entries.length);
    expect(back.every((e) => e.tag !== '1.0.0' && e.value.located.length === 0)).toBe(true);

    // The same release and lexicon, the same articles: still read again, not misread.
    const next = new ArticleCache<ArticleFindings>();
    next.prime('1.0.0', back);
    buildKnowledge(seeds, { lexicon, nonNames }, next);
    expect(next.misses).toBe(seeds.length);
    const changes = next.takeChanges();
    expect(changes?.dropped.sort()).toEqual(entries.map((e) => e.id).sort());
    expect(next.all()).toEqual(entries);

    // As the background writes the changes back: the chunks come back in the kept form.
    await writeFindings(db, '1.0.0', lexiconKey, buckets, next.all());
    expect((await db.getAll('findings')).every((c) => c.format === FINDINGS_FORMAT)).toBe(true);
    expect((await readFindings(db)).every((e) => e.tag === '1.0.0')).toBe(true);
    db.close();
  });

  it('an entry that does not hold together is stale too', async () => {
    const db = await openStore(freshName());
    await writeFindings(db, '1.0.0', lexiconKey, buckets, entries);
    const [chunk] = await db.getAll('findings');
    const first = chunk?.entries[0];
    if (!chunk || !first) throw new Error('nothing written');
    await db.put('findings', { ...chunk, entries: [{ ...first, kept: { ...first.kept, strings: [] } }, ...chunk.entries.slice(1)] });
    const back = await readFindings(db);
    expect(back.find((e) => e.id === first.id)?.tag).not.toBe('1.0.0');
    expect(back.filter((e) => e.tag === '1.0.0').length).toBe(entries.length - 1);
    db.close();
  });
});
