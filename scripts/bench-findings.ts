// The size of the per-article findings the store keeps (IndexedDB `findings`), in Node: the
// findings of N generated articles (bench-popup.mjs's generator; news-length as
// bench-library-search.ts --long makes them unless --short) in the form the build makes them
// (what the store kept until 2026-12-05) and in the kept form (core/findings-kept: each
// sentence once per article), from the same findings in one run. Prints each form's
// V8-serialised size (the structured clone IndexedDB stores, before the browser compresses
// it), and the CPU time to write it (encode + serialise) and to read it back (deserialise +
// decode).
// Run: node --expose-gc --import tsx scripts/bench-findings.ts [--articles 200] [--short]
import { readdir, readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { isDeepStrictEqual } from 'node:util';
import { articleFromInput } from '../src/core/article-input';
import type { CacheEntry } from '../src/core/article-cache';
import { keepFindings, readKeptFindings } from '../src/core/findings-kept';
import { buildKnowledge, createKnowledgeCache, type ArticleFindings } from '../src/core/knowledge';
import type { ArticleInput } from '../src/core/records';
import type { Article } from '../src/core/types';
import { numberArg } from './number-arg.mjs';

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
/** Runs of each form, taken in turn (the machine is shared: load that comes and goes falls on both). */
const RUNS = 11;
const median = (runs: number[]): number => [...runs].sort((x, y) => x - y)[Math.floor(runs.length / 2)] ?? 0;
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
/** `work`'s result and the CPU time it took (ms; the process's, so a collector's threads
 *  count, and time the shared machine gave to others does not), from a collected heap: else
 *  one step pays for the garbage an earlier one (another form's records) left. */
const timed = <T>(work: () => T): [T, number] => {
  gc();
  const t0 = process.cpuUsage();
  const out = work();
  const t = process.cpuUsage(t0);
  return [out, (t.user + t.system) / 1000];
};

async function seedText(): Promise<string[]> {
  const dir = new URL('../assets/articles/', import.meta.url);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  const seeds = await Promise.all(files.map(async (f) => JSON.parse(await readFile(new URL(f, dir), 'utf8')) as Article));
  return seeds.flatMap((a) => a.paragraphs);
}

type Entries = CacheEntry<ArticleFindings>[];

async function main(): Promise<void> {
  const count = numberArg('--articles', 200);
  const generator = './bench-popup.mjs';
  const { article } = (await import(generator)) as { article: (i: number) => ArticleInput };
  const seeds = process.argv.includes('--short') ? null : await seedText();
  const now = '2025-02-10T00:00:00.000Z';
  const articles = Array.from({ length: count }, (_, i) => {
    const a = article(i);
    return articleFromInput(seeds ? { ...a, text: `${a.text}\n\n${seeds.map((p) => `${p} (${i})`).join('\n\n')}` } : a, now);
  });
  const cache = createKnowledgeCache();
  const t0 = performance.now();
  buildKnowledge(articles, undefined, cache);
  const buildMs = performance.now() - t0;
  const entries: Entries = cache.all();
  const mentions = entries.reduce((n, e) => n + e.value.located.length, 0);
  const facts = entries.reduce((n, e) => n + e.value.facts.length, 0);
  console.log(`  ${count} ${seeds ? 'news-length' : 'short'} articles (${mb(serialize(articles).length)} MB V8-serialised), ${mentions} mentions, ${facts} facts; knowledge built in ${(buildMs / 1000).toFixed(1)} s`);

  // As the store writes them: one record per entry, the findings in the form given.
  const forms: { name: string; write: (e: Entries) => unknown[]; read: (r: unknown[]) => Entries }[] = [
    {
      name: 'as built (each mention with its sentence)',
      write: (e) => e.map((x) => ({ id: x.id, hash: x.hash, findings: x.value })),
      read: (r) => (r as { id: string; hash: string; findings: ArticleFindings }[]).map((x) => ({ id: x.id, hash: x.hash, value: x.findings })),
    },
    {
      name: 'kept (each sentence once per article)',
      write: (e) => e.map((x) => ({ id: x.id, hash: x.hash, kept: keepFindings(x.value) })),
      read: (r) =>
        (r as { id: string; hash: string; kept: ReturnType<typeof keepFindings> }[]).map((x) => ({ id: x.id, hash: x.hash, value: readKeptFindings(x.kept) as ArticleFindings })),
    },
  ];
  const bytes = forms.map((form) => serialize(form.write(entries)));
  forms.forEach((form, i) => {
    const back = form.read(deserialize(bytes[i] as Buffer) as unknown[]);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(entries)))) throw new Error(`${form.name}: read back differs`);
  });
  const times = forms.map(() => ({ write: [] as number[], deserialise: [] as number[], decode: [] as number[] }));
  for (let r = 0; r < RUNS; r++) {
    forms.forEach((form, i) => {
      const t = times[i];
      if (!t) return;
      t.write.push(timed(() => serialize(form.write(entries)))[1]);
      const [records, deserialiseMs] = timed(() => deserialize(bytes[i] as Buffer) as unknown[]);
      t.deserialise.push(deserialiseMs);
      t.decode.push(timed(() => form.read(records))[1]);
    });
  }
  forms.forEach((form, i) => {
    const size = bytes[i]?.length ?? 0;
    const t = times[i];
    if (!t) return;
    const read = t.deserialise.map((d, r) => d + (t.decode[r] ?? 0));
    console.log(
      `  ${form.name}: ${mb(size)} MB V8-serialised (${mb((size * 10_000) / count)} MB per 10k articles); ` +
        `write ${median(t.write).toFixed(0)} ms; read back ${median(read).toFixed(0)} ms (deserialise ${median(t.deserialise).toFixed(0)}, decode ${median(t.decode).toFixed(0)}); ` +
        `CPU time, medians of ${RUNS}; the least read back ${Math.min(...read).toFixed(0)} ms`,
    );
  });
}

await main();
