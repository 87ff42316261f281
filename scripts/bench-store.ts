// Store figures (issue 5), in Node over fake-indexeddb — an in-memory IndexedDB, so these
// time Backstory's own work (validation, dedupe, merge, formats, transactions), not a
// browser's disk. Run: node --import tsx scripts/bench-store.ts [--notes 10000] [--articles 1000]
// bench.mjs can import benchStore() for its store section.
import 'fake-indexeddb/auto';
import { articleFromInput } from '../src/core/article-input';
import { backupToJson, notesToJsonLd, notesToMarkdown } from '../src/core/backup-format';
import { parseImport } from '../src/core/backup-validate';
import { addArticles } from '../src/storage/articles';
import { applyImport, readSnapshot } from '../src/storage/backup-store';
import { openStore, wipeStore } from '../src/storage/db';
import { listNotes, noteFromDraft } from '../src/storage/notes';
import type { Note } from '../src/core/records';
import { numberArg } from './number-arg.mjs';

export interface StoreFigures {
  notes: number;
  articles: number;
  ingestPer1000Ms: number;
  exportBackupMs: number;
  exportJsonLdMs: number;
  exportMarkdownMs: number;
  importMs: number;
  listAllFirst200Ms: number;
  searchAllMs: number;
}

const time = async (work: () => Promise<unknown> | unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

function syntheticNote(i: number): Note {
  const quote = `hostages released in phase ${i % 7}`;
  return noteFromDraft(
    {
      text: `Note ${i}: Witkoff said the count of ${i % 90} differs from the ministry figure.`,
      pageUrl: `https://news.example.com/story/${i % 500}`,
      pageTitle: `Story ${i % 500}`,
      entityId: i % 5 === 0 ? 'person:steve-witkoff' : undefined,
      selector: i % 2 ? [{ type: 'TextQuoteSelector', exact: quote, prefix: 'said the ', suffix: ' on Saturday' }, { type: 'TextPositionSelector', start: 100, end: 100 + quote.length }] : undefined,
    },
    new Date(Date.UTC(2025, 1, 1) + i * 60_000).toISOString(),
    `urn:uuid:bench-${i}`,
  );
}

export async function benchStore(notes = 10_000, articles = 1000): Promise<StoreFigures> {
  const db = await openStore(`bench-${Date.now()}`);
  const now = '2025-02-10T00:00:00.000Z';
  const inputs = Array.from({ length: articles }, (_, i) =>
    articleFromInput({ title: `Cease-fire day ${i}`, url: `https://news.example.com/a/${i}`, source: 'Wire', date: '2025-02-03', text: `Israel and Hamas talks, round ${i}.\n\nSteve Witkoff met mediators in Doha on day ${i}; ${i} prisoners were freed.`.repeat(8) }, now),
  );
  const ingest = await time(() => addArticles(db, inputs));
  const snapshotNotes = Array.from({ length: notes }, (_, i) => syntheticNote(i));
  await applyImport(db, { kind: 'annotations', articles: [], notes: snapshotNotes }, now);
  const snapshot = await readSnapshot(db);
  let text = '';
  const exportBackupMs = await time(async () => {
    text = backupToJson(await readSnapshot(db), now);
  });
  const exportJsonLdMs = await time(() => notesToJsonLd(snapshot.notes));
  const exportMarkdownMs = await time(() => notesToMarkdown(snapshot.notes));
  await wipeStore(db);
  const importMs = await time(async () => {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await applyImport(db, parsed.data, now);
  });
  const listAllFirst200Ms = await time(() => listNotes(db, { scope: 'all', limit: 200 }));
  const searchAllMs = await time(() => listNotes(db, { scope: 'all', query: 'ministry phase 3' }));
  db.close();
  return { notes, articles, ingestPer1000Ms: (ingest / articles) * 1000, exportBackupMs, exportJsonLdMs, exportMarkdownMs, importMs, listAllFirst200Ms, searchAllMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchStore(numberArg('--notes', 10_000), numberArg('--articles', 1000));
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(22)} ${typeof v === 'number' && !Number.isInteger(v) ? `${v.toFixed(1)} ms` : v}`);
}
