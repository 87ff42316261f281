import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupToJson } from '../core/backup-format';
import { parseImport, type ImportData } from '../core/backup-validate';
import { addArticles } from './articles';
import { applyImport, readSnapshot } from './backup-store';
import { openStore, wipeStore, type Store } from './db';
import { putNote } from './notes';
import { setSettings } from './settings';
import { article, freshName, note } from './test-records';

async function filled(): Promise<Store> {
  const db = await openStore(freshName());
  await addArticles(db, [article(1), article(2), { ...article(3), url: null }]);
  for (let i = 0; i < 40; i++) await putNote(db, note(i, i % 4 === 0 ? { quote: `quote ${i}` } : i % 4 === 1 ? { entityId: 'org:hamas' } : {}));
  await setSettings(db, { hoverDelayMs: 600, types: { date: false }, offSites: ['www.example.com'] });
  return db;
}

function parsed(text: string, skipInvalid = false): ImportData {
  const got = parseImport(text, { skipInvalid });
  if (!got.ok) throw new Error(got.errors.join('\n'));
  return got.data;
}

// The timeout is a hang guard: a round trip over IndexedDB took 1.6 s at load 20 on two cores.
describe('export → wipe → import', { timeout: 60_000 }, () => {
  it('yields an identical store', async () => {
    const db = await filled();
    const before = await readSnapshot(db);
    const text = backupToJson(before, '2025-02-10T00:00:00.000Z');
    await wipeStore(db);
    expect((await readSnapshot(db)).notes).toEqual([]);
    const report = await applyImport(db, parsed(text), '2025-02-11T00:00:00.000Z');
    expect(report).toEqual({ added: { articles: 3, notes: 40 }, renamed: { articles: 0 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: true });
    expect(await readSnapshot(db)).toEqual(before);
    expect(await db.countFromIndex('notes', 'byEntity', 'org:hamas')).toBe(10);
    db.close();
  });

  it('importing the same backup again adds nothing', async () => {
    const db = await filled();
    const text = backupToJson(await readSnapshot(db), '2025-02-10T00:00:00.000Z');
    const report = await applyImport(db, parsed(text), 'now');
    expect(report.added).toEqual({ articles: 0, notes: 0 });
    expect(report.skipped).toEqual({ articles: 3, notes: 40 });
    db.close();
  });

  it('a write failing part-way through an import keeps nothing of it', async () => {
    const db = await filled();
    const before = await readSnapshot(db);
    const data = parsed(backupToJson({ ...before, articles: [article(7), article(8)], notes: [note(100), note(101)] }, '2025-02-10T00:00:00.000Z'));
    // Not a case validation lets through; stands in for a quota error or a stopped worker.
    (data.notes[1] as unknown as { id: unknown }).id = undefined;
    await expect(applyImport(db, data, 'now')).rejects.toThrow(/nothing was changed/);
    expect(await readSnapshot(db)).toEqual(before);
    db.close();
  });
});

describe('an import skipping invalid records', () => {
  const withBadNote = (snapshot: Awaited<ReturnType<typeof readSnapshot>>) => {
    const doc = JSON.parse(backupToJson({ ...snapshot, articles: [article(7), article(8)], notes: [note(100), note(101), note(102)] }, '2025-02-10T00:00:00.000Z')) as { notes: { target: { source: string } }[] };
    doc.notes[1]!.target.source = 'ftp://news.example.com/x';
    return JSON.stringify(doc);
  };

  it('is refused whole by default; asked to skip, stores every valid record and no other', async () => {
    const db = await filled();
    const before = await readSnapshot(db);
    const text = withBadNote(before);
    expect(parseImport(text).ok).toBe(false);
    const report = await applyImport(db, parsed(text, true), 'now');
    expect(report).toMatchObject({ added: { articles: 2, notes: 2 }, invalid: { articles: 0, notes: 1, settings: 0 } });
    const after = await readSnapshot(db);
    expect(after.notes.map((n) => n.id)).toEqual(expect.arrayContaining([note(100).id, note(102).id]));
    expect(after.notes.map((n) => n.id)).not.toContain(note(101).id);
    expect(after.notes).toHaveLength(before.notes.length + 2);
    db.close();
  });

  it('keeps nothing of the valid records when a write fails part-way', async () => {
    const db = await filled();
    const before = await readSnapshot(db);
    const data = parsed(withBadNote(before), true);
    (data.notes[1] as unknown as { id: unknown }).id = undefined;
    await expect(applyImport(db, data, 'now')).rejects.toThrow(/nothing was changed/);
    expect(await readSnapshot(db)).toEqual(before);
    db.close();
  });
});
