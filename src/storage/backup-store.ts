// The store's side of export and import: read everything in one snapshot; apply a checked
// import in one transaction (plan and writes together, so the plan sees exactly what it
// changes, and a failure part-way keeps nothing).
import { planMerge, type ExistingKeys } from '../core/backup-merge';
import { noteContentKey } from '../core/backup-merge';
import type { ImportData } from '../core/backup-validate';
import type { ImportReport, Note, Settings, StoredArticle } from '../core/records';
import { bumpGeneration, inTransaction, type Store } from './db';
import { SETTINGS_KEY } from './schema';
import { mergeSettings } from './settings';

export interface StoreSnapshot {
  articles: StoredArticle[];
  notes: Note[];
  settings: Settings;
}

export async function readSnapshot(db: Store): Promise<StoreSnapshot> {
  const tx = db.transaction(['articles', 'notes', 'settings'], 'readonly');
  const [articles, notes, settings] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
  ]);
  await tx.done;
  return { articles, notes, settings: mergeSettings(settings) };
}

async function indexKeys(index: { openKeyCursor(): Promise<{ key: string; continue(): Promise<unknown> } | null> }): Promise<Set<string>> {
  const keys = new Set<string>();
  type KeyCursor = { key: string; continue(): Promise<KeyCursor | null> };
  for (let c = (await index.openKeyCursor()) as KeyCursor | null; c; c = await c.continue()) keys.add(c.key);
  return keys;
}

export async function applyImport(db: Store, data: ImportData, now: string): Promise<ImportReport> {
  return inTransaction(db, ['articles', 'notes', 'settings', 'meta'], async (tx) => {
    const articles = tx.objectStore('articles');
    const notes = tx.objectStore('notes');
    const existing: ExistingKeys = {
      articleIds: new Set(await articles.getAllKeys()),
      urls: await indexKeys(articles.index('byUrl')),
      textHashes: await indexKeys(articles.index('byTextHash')),
      noteIds: new Set(),
      noteContent: new Set(),
    };
    for (const n of await notes.getAll()) {
      existing.noteIds.add(n.id);
      existing.noteContent.add(noteContentKey(n));
    }
    const plan = planMerge(existing, data, now);
    // Queued together, awaited once: awaiting each add costs a task per record, which
    // with 10 k notes is most of the import. Any failing add aborts the whole transaction.
    const queued: Promise<unknown>[] = [];
    try {
      for (const a of plan.articles) queued.push(articles.add(a));
      for (const n of plan.notes) queued.push(notes.add(n));
    } finally {
      // An add that throws at once aborts the transaction and the queued ones reject with
      // AbortError: observed here so only the first error is reported.
      for (const q of queued) q.catch(() => undefined);
    }
    await Promise.all(queued);
    if (plan.settings) await tx.objectStore('settings').put(plan.settings, SETTINGS_KEY);
    if (plan.articles.length) await bumpGeneration(tx);
    return plan.report;
  });
}
