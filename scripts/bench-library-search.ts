// The Library's search at 10k articles, in Node over fake-indexeddb (an in-memory IndexedDB,
// so this times Backstory's own work, not a browser's disk). Articles from the popup
// benchmark's generator (bench-popup.mjs), names from the real knowledge build. Prints the
// first search (which builds the word indexes), warm searches, and the heap the indexes hold.
// Run: node --expose-gc --import tsx scripts/bench-library-search.ts [--articles 10000] [--long] [--change]
// --long adds the two seed articles' text to each (news-length articles, ~7k characters,
// ~700 distinct words), with the article's number in every paragraph.
// --change then saves one more article and times the next search (the indexes follow the
// change), and then deletes one and times the search after that; each split into the names
// part (the entities' names and articles, core/library-search-names) and the rest, with the
// names also indexed afresh from every entity on the same build, as before they were kept.
// --restart then starts a new knowledge source and search over the same store, as a stopped
// worker starts again: the first search, one save (the knowledge rebuild) and the search
// after it; once without what the store keeps for them (the findings, the search index: as
// before they were kept) and once with it, in the same run.
import 'fake-indexeddb/auto';
import { readdir, readFile } from 'node:fs/promises';
import { articleFromInput } from '../src/core/article-input';
import { buildKnowledge, createKnowledgeCache } from '../src/core/knowledge';
import { buildMatcherPackage } from '../src/core/matcher';
import { demonyms, placeLexicon, placeVariants } from '../src/core/places';
import type { ArticleInput } from '../src/core/records';
import type { Article } from '../src/core/types';
import { indexNames, namesIndex } from '../src/core/library-search-names';
import { createLibrarySearch } from '../src/background/library-search';
import { createStoreKnowledgeSource } from '../src/background/store-knowledge-source';
import { addArticles, deleteArticle } from '../src/storage/articles';
import { openStore } from '../src/storage/db';
import { numberArg } from './number-arg.mjs';

const QUERIES = ['witkoff', 'rafah trucks', 'hostages released', 'philadelphi', 'a', 'khalil levin gaza'];

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
/** The JS heap plus typed arrays' buffers (held outside it), after a collection. */
const heapMB = (): number => {
  gc();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};
const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const out = await work();
  return [out, performance.now() - t0];
};

async function seedText(): Promise<string[]> {
  const dir = new URL('../assets/articles/', import.meta.url);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  const seeds = await Promise.all(files.map(async (f) => JSON.parse(await readFile(new URL(f, dir), 'utf8')) as Article));
  return seeds.flatMap((a) => a.paragraphs);
}

async function main(): Promise<void> {
  const count = numberArg('--articles', 10_000);
  // A path in a variable: the generator is plain JS without types.
  const generator = './bench-popup.mjs';
  const { article } = (await import(generator)) as { article: (i: number) => ArticleInput };
  const db = await openStore(`bench-search-${Date.now()}`);
  const now = '2025-02-10T00:00:00.000Z';
  const seeds = process.argv.includes('--long') ? await seedText() : null;
  const input = (i: number): ArticleInput => {
    const a = article(i);
    return seeds ? { ...a, text: `${a.text}\n\n${seeds.map((p) => `${p} (${i})`).join('\n\n')}` } : a;
  };
  await addArticles(db, Array.from({ length: count }, (_, i) => articleFromInput(input(i), now)));
  const lexicon = placeLexicon();
  const nonNames = demonyms();
  // As the background does: a rebuild re-reads only the articles it has not read.
  const findings = createKnowledgeCache();
  const build = (articles: Article[]) => {
    const index = buildKnowledge(articles, undefined, findings);
    return { index, matcher: buildMatcherPackage(index, lexicon, nonNames, placeVariants()) };
  };
  const knowledge = createStoreKnowledgeSource({ db: async () => db, loadBundled: async () => [], build, findings, tag: 'bench' });
  const [, buildMs] = await time(() => knowledge.library());
  await knowledge.written();
  console.log(`  ${count} articles stored; knowledge built in ${(buildMs / 1000).toFixed(1)} s`);

  const search = createLibrarySearch(async () => db, knowledge);
  const before = heapMB();
  const [first, firstMs] = await time(() => search.find(QUERIES[0] ?? '', 0, 50));
  const after = heapMB();
  console.log(`  first search (builds the indexes): ${firstMs.toFixed(0)} ms, ${first.total} hits; heap held by the indexes ${(after - before).toFixed(1)} MB`);
  for (const q of QUERIES) {
    const runs: number[] = [];
    let total = 0;
    for (let r = 0; r < 5; r++) {
      const [page, ms] = await time(() => search.find(q, 0, 50));
      runs.push(ms);
      total = page.total;
    }
    runs.sort((a, b) => a - b);
    console.log(`  "${q}": ${total} hits, first 50 rows in ${runs[2]?.toFixed(1)} ms (median of 5; ${runs[0]?.toFixed(1)}–${runs[4]?.toFixed(1)})`);
  }
  if (process.argv.includes('--change')) {
    // As library/add and library/delete do: store, rebuild the knowledge, then search. Five
    // of each; the median (the machine is shared).
    const q = QUERIES[1] ?? '';
    // The names part of the next search, timed alone on the same build both ways: indexed
    // afresh from every entity (the old path) and followed by a kept index (the search's own,
    // library-search-names), one kept beside the search's here, following the same builds.
    const kept = namesIndex();
    const namesBoth = async (): Promise<[number, number]> => {
      const [library, { index }] = await Promise.all([knowledge.library(), knowledge.get()]);
      const ids = library.map((e) => e.id);
      const t0 = performance.now();
      // As the old path did: a copy of each entity's mentions' articles, then the index.
      indexNames(ids, index.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ articleId: m.articleId })) })));
      const t1 = performance.now();
      kept.follow(ids, index.entities);
      return [t1 - t0, performance.now() - t1];
    };
    await namesBoth();
    const changed = async (change: () => Promise<void>): Promise<number[]> => {
      await change();
      knowledge.invalidate();
      const [, rebuildMs] = await time(() => knowledge.library());
      // The knowledge cache's write (tens of MB cloned) is not the search's work.
      await knowledge.written();
      const [, ms] = await time(() => search.find(q, 0, 50));
      return [ms, rebuildMs, ...(await namesBoth())];
    };
    const median = (runs: number[]): string => `${[...runs].sort((a, b) => a - b)[2]?.toFixed(0)} ms`;
    const report = (what: string, runs: number[][]): void => {
      const col = (k: number): number[] => runs.map((r) => r[k] ?? 0);
      const ms = col(0).sort((a, b) => a - b);
      console.log(
        `  ${what}: the next search ${ms[2]?.toFixed(0)} ms (median of 5; ${ms[0]?.toFixed(0)}–${ms[4]?.toFixed(0)}), of which the names ${median(col(3))} (kept, following the build; ` +
          `indexed afresh as before: ${median(col(2))}, a search of ~${median(runs.map((r) => (r[0] ?? 0) - (r[3] ?? 0) + (r[2] ?? 0)))}) and the rest ${median(runs.map((r) => (r[0] ?? 0) - (r[3] ?? 0)))}; ` +
          `the knowledge rebuild before it ${median(col(1))}`,
      );
    };
    const saves: number[][] = [];
    for (let k = 0; k < 5; k++) saves.push(await changed(async () => void (await addArticles(db, [articleFromInput(input(count + k), now)]))));
    report('one article saved', saves);
    const deletes: number[][] = [];
    for (let k = 0; k < 5; k++) {
      const victim = (await search.find(q, 0, 1)).entries[0]?.id ?? '';
      deletes.push(
        await changed(async () => {
          await deleteArticle(db, victim);
          search.forget([victim]);
        }),
      );
    }
    report('one article deleted', deletes);
    const [, warmMs] = await time(() => search.find(q, 0, 50));
    console.log(`  then "${q}" again: ${warmMs.toFixed(1)} ms`);
  }
  if (process.argv.includes('--restart')) {
    await search.written();
    await knowledge.written();
    let next = count + 100;
    for (const kept of [false, true]) {
      // A new worker: an empty findings cache, a new source and search.
      const cache = createKnowledgeCache();
      const rebuild = (articles: Article[]) => {
        const index = buildKnowledge(articles, undefined, cache);
        return { index, matcher: buildMatcherPackage(index, lexicon, nonNames, placeVariants()) };
      };
      if (!kept) await db.clear('search');
      const k = createStoreKnowledgeSource({ db: async () => db, loadBundled: async () => [], build: rebuild, findings: kept ? cache : undefined, tag: 'bench' });
      const s = createLibrarySearch(async () => db, k);
      const q = QUERIES[1] ?? '';
      const [, firstMs] = await time(() => s.find(q, 0, 50));
      const firstRead = s.articlesRead();
      await s.written();
      await addArticles(db, [articleFromInput(input(next++), now)]);
      k.invalidate();
      const [, saveMs] = await time(() => k.library());
      const misses = cache.misses;
      const [, afterMs] = await time(() => s.find(q, 0, 50));
      console.log(
        `  after a restart, ${kept ? 'with the kept findings and search index' : 'without them (as before)'}: first search ${firstMs.toFixed(0)} ms (${firstRead} articles read); ` +
          `a save's knowledge rebuild ${saveMs.toFixed(0)} ms (${misses} articles read); the search after it ${afterMs.toFixed(0)} ms (${s.articlesRead() - firstRead} read)`,
      );
      await s.written();
      await k.written();
    }
    const records = await db.getAll('findings');
    const searchRecord = await db.getAll('search');
    const { serialize } = await import('node:v8');
    const mb = (x: unknown): string => (serialize(x).length / 2 ** 20).toFixed(1);
    console.log(`  kept in the store: findings ${records.length} records, ${mb(records)} MB; search index ${mb(searchRecord)} MB; the articles ${mb(await db.getAll('articles'))} MB (V8-serialised sizes, before the browser compresses them)`);
  }
  db.close();
}

await main();
