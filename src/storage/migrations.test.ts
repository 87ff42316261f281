import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { textHash } from '../core/text-hash';
import { openStore } from './db';
import { toV1 } from './migrations';
import { DB_VERSION, type BackstoryDB } from './schema';
import { article, freshName, note } from './test-records';

/** A store exactly as the v1 step made it, with v1-shaped records. */
async function makeV1Store(name: string, notes: number): Promise<void> {
  const db = await openDB<BackstoryDB>(name, 1, { upgrade: (d) => toV1(d) });
  const tx = db.transaction(['articles', 'notes'], 'readwrite');
  // v1 articles had no text hash and no time added.
  const v1Article = { id: 'a1', title: 'Truce holds', source: 'Wire', url: 'https://news.example.com/a1', date: '2025-01-19', language: 'en', paragraphs: ['The truce held on its first day.'] };
  await tx.objectStore('articles').put(v1Article as never);
  for (let i = 0; i < notes; i++) await tx.objectStore('notes').put(note(i, i % 2 ? { entityId: 'person:steve-witkoff' } : { quote: 'the first day' }));
  await tx.done;
  db.close();
}

// The timeout is a hang guard: an upgrade over IndexedDB took 1.4 s at load 20 on two cores.
describe('migrations', { timeout: 60_000 }, () => {
  it('creates the current schema on a fresh store', async () => {
    const db = await openStore(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'findings', 'knowledge', 'meta', 'notes', 'search', 'settings', 'trash', 'trashRows']);
    const tx = db.transaction(['articles', 'notes', 'trash', 'trashRows']);
    expect([...tx.objectStore('articles').indexNames].sort()).toEqual(['byTextHash', 'byUrl']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['byEntity', 'byModified', 'byPage', 'byTerm']);
    expect([...tx.objectStore('trash').indexNames]).toEqual([]);
    expect([...tx.objectStore('trashRows').indexNames].sort()).toEqual(['byDeletedAt', 'byRecord']);
    db.close();
  });

  it('upgrades a v1 store to the current version and keeps every note', async () => {
    const name = freshName();
    await makeV1Store(name, 250);
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    const notes = await db.getAll('notes');
    expect(notes).toHaveLength(250);
    expect(notes).toEqual(expect.arrayContaining([note(0, { quote: 'the first day' }), note(249, { entityId: 'person:steve-witkoff' })]));
    // The new indexes cover the old notes.
    expect(await db.countFromIndex('notes', 'byEntity', 'person:steve-witkoff')).toBe(125);
    expect(await db.countFromIndex('notes', 'byModified')).toBe(250);
    db.close();
  });

  it('backfills the text hash of v1 articles so dedupe finds them', async () => {
    const name = freshName();
    await makeV1Store(name, 1);
    const db = await openStore(name);
    const a = await db.get('articles', 'a1');
    expect(a?.textHash).toBe(textHash(['The truce held on its first day.']));
    expect(a?.added).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await db.getKeyFromIndex('articles', 'byTextHash', a!.textHash)).toBe('a1');
    db.close();
  });

  it('upgrades a v2 store to v3: the two caches come empty, everything else stays', async () => {
    const name = freshName();
    const v2 = await openStore(name, 2);
    expect([...v2.objectStoreNames]).not.toContain('findings');
    await v2.put('notes', note(1));
    await v2.put('meta', 7, 'libraryGeneration');
    v2.close();
    const db = await openStore(name, 3);
    expect(db.version).toBe(3);
    expect(await db.count('findings')).toBe(0);
    expect(await db.count('search')).toBe(0);
    expect(await db.get('notes', note(1).id)).toEqual(note(1));
    expect(await db.get('meta', 'libraryGeneration')).toBe(7);
    db.close();
  });

  it('upgrades a v3 store to v4: its notes stay, and a note with a term is found by it', async () => {
    const name = freshName();
    const v3 = await openStore(name, 3);
    const onTerm = { ...note(2), backstory: { term: 'Ofer Kassif' } };
    await v3.put('notes', note(1));
    await v3.put('notes', onTerm);
    v3.close();
    const db = await openStore(name, 4);
    expect(db.version).toBe(4);
    expect(await db.count('notes')).toBe(2);
    expect(await db.getAllFromIndex('notes', 'byTerm')).toEqual([onTerm]);
    db.close();
  });

  it('upgrades a v4 store to v5: "Recently deleted" comes empty, the notes and articles stay', async () => {
    const name = freshName();
    const v4 = await openStore(name, 4);
    expect([...v4.objectStoreNames]).not.toContain('trash');
    await v4.put('notes', note(1));
    await v4.put('articles', article(1));
    v4.close();
    const db = await openStore(name, 5);
    expect(db.version).toBe(5);
    expect(await db.count('trash')).toBe(0);
    expect(await db.get('notes', note(1).id)).toEqual(note(1));
    expect(await db.get('articles', article(1).id)).toEqual(article(1));
    // The new store takes an entry, indexed by its record and by its time (until v6).
    await db.put('trash', { id: 't1', kind: 'note', recordId: note(1).id, deletedAt: '2025-02-05T08:00:00.000Z', note: note(1) });
    expect([...db.transaction('trash').objectStore('trash').indexNames].sort()).toEqual(['byDeletedAt', 'byRecord']);
    db.close();
  });

  it('upgrades a v5 store to v6: each kept entry gets the row the list shows, and the rows store takes the indexes', async () => {
    const name = freshName();
    const v5 = await openStore(name, 5);
    const longNote = note(1, { text: `${'Check the toll '.repeat(40)}today` });
    await v5.put('trash', { id: 'tn', kind: 'note', recordId: longNote.id, deletedAt: '2025-02-05T08:00:00.000Z', note: longNote });
    await v5.put('trash', { id: 'ta', kind: 'article', recordId: article(1).id, deletedAt: '2025-02-05T09:00:00.000Z', article: article(1) });
    v5.close();
    const db = await openStore(name);
    expect(db.version).toBe(6);
    expect(await db.count('trash')).toBe(2);
    const rows = await db.getAllFromIndex('trashRows', 'byDeletedAt');
    expect(rows.map(({ id, kind, recordId }) => [id, kind, recordId])).toEqual([
      ['tn', 'note', longNote.id],
      ['ta', 'article', article(1).id],
    ]);
    expect(rows[0]!.title).toHaveLength(200);
    expect(rows[0]!.title.endsWith('…')).toBe(true);
    expect(rows[1]).toMatchObject({ title: article(1).title, detail: 'Wire', deletedAt: '2025-02-05T09:00:00.000Z' });
    expect(await db.getKeyFromIndex('trashRows', 'byRecord', article(1).id)).toBe('ta');
    expect([...db.transaction('trash').objectStore('trash').indexNames]).toEqual([]);
    db.close();
  });

  it('reopens a current store without running any step again', async () => {
    const name = freshName();
    const first = await openStore(name);
    await first.put('notes', note(1));
    first.close();
    const again = await openStore(name);
    expect(await again.count('notes')).toBe(1);
    again.close();
  });
});
