import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addArticles, deleteArticle, restoreArticle } from './articles';
import { openStore, wipeStore } from './db';
import { readSnapshot } from './backup-store';
import { deleteNote, putNote, restoreNote } from './notes';
import { article, freshName, note } from './test-records';
import { emptyTrash, listTrash, TRASH_KEEP } from './trash';
import { restoreFromTrash } from './trash-restore';

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number, ms = 0): string => new Date(Date.parse('2025-03-01T00:00:00.000Z') + days * DAY + ms).toISOString();
let ids = 0;
const newId = (): string => `urn:uuid:new-${++ids}`;

// The timeout is a hang guard: 201 deletes over IndexedDB took 5.3 s at load 20 on two cores.
describe('Recently deleted (trash)', { timeout: 60_000 }, () => {
  it('keeps each deleted note and article with the time, newest first; a delete without a stamp keeps nothing', async () => {
    const db = await openStore(freshName());
    await putNote(db, note(1));
    await putNote(db, note(2));
    await addArticles(db, [article(1)]);
    await deleteNote(db, note(1).id, { id: 't1', at: at(0) });
    await deleteArticle(db, article(1).id, { id: 't2', at: at(1) });
    await deleteNote(db, note(2).id);
    const listed = await listTrash(db, at(2));
    expect(listed.map((e) => [e.id, e.kind, e.recordId, e.deletedAt])).toEqual([
      ['t2', 'article', article(1).id, at(1)],
      ['t1', 'note', note(1).id, at(0)],
    ]);
    expect(listed[1]).toEqual({ id: 't1', kind: 'note', recordId: note(1).id, deletedAt: at(0), title: note(1).body.value, detail: 'Page 1' });
    // The record itself is kept beside its row, under the same id, to be put back.
    expect(await db.get('trash', 't1')).toMatchObject({ note: note(1) });
    db.close();
  });

  it('drops what is older than 30 days when a delete is written, and lists only the last 30 days', async () => {
    const db = await openStore(freshName());
    for (const n of [1, 2, 3]) await putNote(db, note(n));
    await deleteNote(db, note(1).id, { id: 'old', at: at(0) });
    await deleteNote(db, note(2).id, { id: 'edge', at: at(10) });
    // 31 days on, nothing was deleted: the old one is still stored but no longer offered.
    expect((await listTrash(db, at(31))).map((e) => e.id)).toEqual(['edge']);
    expect(await db.count('trash')).toBe(2);
    await deleteNote(db, note(3).id, { id: 'new', at: at(31) });
    expect(await db.getAllKeys('trash')).toEqual(['edge', 'new']);
    expect(await db.getAllKeys('trashRows')).toEqual(['edge', 'new']);
    db.close();
  });

  it('keeps at most the newest 200, dropping the oldest as a delete comes in', async () => {
    const db = await openStore(freshName());
    const many = Array.from({ length: TRASH_KEEP + 3 }, (_, i) => note(i, { page: `https://news.example.com/p/${i}` }));
    for (const n of many) await putNote(db, n);
    for (const [i, n] of many.entries()) await deleteNote(db, n.id, { id: `t${String(i).padStart(3, '0')}`, at: at(0, i) });
    const kept = await listTrash(db, at(1));
    expect(kept).toHaveLength(TRASH_KEEP);
    expect(kept[0]?.id).toBe(`t${TRASH_KEEP + 2}`);
    expect(kept.at(-1)?.id).toBe('t003');
    expect(await db.count('trash')).toBe(TRASH_KEEP);
    db.close();
  });

  it('puts a note back by its entry, under a new id when another note took its id, and the entry goes', async () => {
    const db = await openStore(freshName());
    await putNote(db, note(1));
    await deleteNote(db, note(1).id, { id: 't1', at: at(0) });
    await putNote(db, note(1, { text: 'another note under the same id' }));
    const back = await restoreFromTrash(db, 't1', newId);
    expect(back).toEqual({ kind: 'note', note: { restored: { ...note(1), id: 'urn:uuid:new-1' } } });
    expect(await db.count('notes')).toBe(2);
    expect(await listTrash(db, at(0))).toEqual([]);
    expect(await db.count('trash')).toBe(0);
    expect(await restoreFromTrash(db, 't1', newId)).toBeNull();
    db.close();
  });

  it('skips a note stored again since, and an article whose page is in the library again; both entries go', async () => {
    const db = await openStore(freshName());
    await putNote(db, note(1));
    await addArticles(db, [article(1)]);
    await deleteNote(db, note(1).id, { id: 'tn', at: at(0) });
    await deleteArticle(db, article(1).id, { id: 'ta', at: at(0) });
    await putNote(db, note(1));
    await addArticles(db, [article(1, { id: 'again' })]);
    expect(await restoreFromTrash(db, 'tn', newId)).toEqual({ kind: 'note', note: { skipped: 'same-note' } });
    expect(await restoreFromTrash(db, 'ta', newId)).toMatchObject({ kind: 'article', article: { added: [], skipped: [{ reason: 'same-url' }] } });
    expect(await db.count('trash')).toBe(0);
    db.close();
  });

  it('puts an article back under a free id when another took its id', async () => {
    const db = await openStore(freshName());
    await addArticles(db, [article(1, { id: 'mine' })]);
    await deleteArticle(db, 'mine', { id: 't1', at: at(0) });
    await addArticles(db, [article(2, { id: 'mine' })]);
    const back = await restoreFromTrash(db, 't1', newId);
    expect(back?.kind === 'article' && back.article.added.map((a) => [a.id, a.title])).toEqual([['mine-2', article(1).title]]);
    db.close();
  });

  it('an undo (restoreNote / restoreArticle) takes the record’s newest entry off the list', async () => {
    const db = await openStore(freshName());
    await putNote(db, note(1));
    await addArticles(db, [article(1)]);
    const gone = await deleteNote(db, note(1).id, { id: 'tn', at: at(0) });
    const goneArticle = await deleteArticle(db, article(1).id, { id: 'ta', at: at(0) });
    await restoreNote(db, gone!, newId);
    expect((await listTrash(db, at(0))).map((e) => e.id)).toEqual(['ta']);
    await restoreArticle(db, goneArticle!);
    expect(await listTrash(db, at(0))).toEqual([]);
    expect(await db.count('trash')).toBe(0);
    db.close();
  });

  it('is emptied by emptyTrash and by a wipe, and a backup snapshot does not carry it', async () => {
    const db = await openStore(freshName());
    for (const n of [1, 2]) await putNote(db, note(n));
    await deleteNote(db, note(1).id, { id: 't1', at: at(0) });
    expect(Object.keys(await readSnapshot(db)).sort()).toEqual(['articles', 'notes', 'settings']);
    await emptyTrash(db);
    expect([await db.count('trash'), await db.count('trashRows')]).toEqual([0, 0]);
    await deleteNote(db, note(2).id, { id: 't2', at: at(0) });
    await wipeStore(db);
    expect([await db.count('trash'), await db.count('trashRows')]).toEqual([0, 0]);
    db.close();
  });
});
