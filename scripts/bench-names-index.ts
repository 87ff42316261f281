// The Library search's names index (core/library-search-names) built afresh from one knowledge
// build's entities, as the first search after a worker start builds it (it is not kept in the
// store, unlike the text index). In Node, the process's CPU time (the machine is shared): the two seeds, 200 of bench-popup.mjs's
// generated articles, and 200 news-length ones (the seeds' text added, as
// bench-library-search.ts --long does). Prints the first build (cold code) and the median of
// the next `--runs`.
// Run: node --import tsx scripts/bench-names-index.ts [--runs 20]
import { readdir, readFile } from 'node:fs/promises';
import { articleFromInput } from '../src/core/article-input';
import { buildKnowledge } from '../src/core/knowledge';
import { namesIndex } from '../src/core/library-search-names';
import type { ArticleInput } from '../src/core/records';
import type { Article } from '../src/core/types';
import { numberArg } from './number-arg.mjs';

const RUNS = numberArg('--runs', 20);

async function seeds(): Promise<Article[]> {
  const dir = new URL('../assets/articles/', import.meta.url);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(new URL(f, dir), 'utf8')) as Article));
}

async function main(): Promise<void> {
  // A path in a variable: the generator is plain JS without types.
  const generator = './bench-popup.mjs';
  const { article } = (await import(generator)) as { article: (i: number) => ArticleInput };
  const now = '2025-02-10T00:00:00.000Z';
  const seeded = await seeds();
  const seedText = seeded.flatMap((a) => a.paragraphs);
  const generated = (n: number, long: boolean): Article[] =>
    Array.from({ length: n }, (_, i) => {
      const a = article(i);
      return articleFromInput(long ? { ...a, text: `${a.text}\n\n${seedText.map((p) => `${p} (${i})`).join('\n\n')}` } : a, now);
    });
  const cases: [string, Article[]][] = [
    ['the 2 seeds', seeded],
    ['200 generated', generated(200, false)],
    ['200 news-length', generated(200, true)],
  ];
  for (const [label, articles] of cases) {
    const { entities } = buildKnowledge(articles);
    const ids = articles.map((a) => a.id);
    const ms: number[] = [];
    for (let r = 0; r <= RUNS; r++) {
      const t0 = process.cpuUsage();
      namesIndex().follow(ids, entities);
      const { user, system } = process.cpuUsage(t0);
      ms.push((user + system) / 1000);
    }
    const [first = 0, ...rest] = ms;
    rest.sort((a, b) => a - b);
    const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);
    console.log(
      `${label}: ${entities.length} entities, ${mentions} mentions; first ${first.toFixed(1)} ms, then median ${rest[rest.length >> 1]?.toFixed(1)} ms (${rest[0]?.toFixed(1)}–${rest[rest.length - 1]?.toFixed(1)})`,
    );
  }
}

void main();
