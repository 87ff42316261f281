import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/records';
import { addArticles, allArticles, deleteArticle, libraryGeneration, restoreArticle } from './articles';
import { inTransaction, openStore, storeError, wipeStore } from './db';
import { deleteNote, listNotes, putNote, updateNote } from './notes';
import { getSettings, setSettings } from './settings';
import { article, freshName, note } from './test-records';

describe('transactions', () => {
  it('a failing write in a batch leaves the previous state and says nothing was changed', async () => {
    const db = await openStore(freshName());
    await addArticles(db, [article(1)]);
    const before = await allArticles(db);
    // The third record cannot be stored (a function is not cloneable): the whole batch goes.
    const bad = { ...article(3), paragraphs: [() => 'x'] } as unknown as ReturnType<typeof article>;
    await expect(addArticles(db, [article(2), article(4), bad])).rejects.toThrow(/nothing was changed/);
    expect(await allArticles(db)).toEqual(before);
    expect(await libraryGeneration(db)).toBe(1);
    db.close();
  });

  it('aborts when the work throws after writing', async () => {
    const db = await openStore(freshName());
    await expect(
      inTransaction(db, ['notes'], async (tx) => {
        await tx.objectStore('notes').put(note(1));
        throw new Error('the worker stopped');
      }),
    ).rejects.toThrow('the worker stopped; nothing was changed.');
    expect(await db.count('notes')).toBe(0);
    db.close();
  });

  it('gives way to a newer version and says the connection is gone', async () => {
    const name = freshName();
    let gone = false;
    const old = await openStore(name, undefined, () => (gone = true));
    const { openDB } = await import('idb');
    const newer = await openDB(name, 99);
    expect(gone).toBe(true);
    expect(newer.version).toBe(99);
    newer.close();
    void old;
  });

  it('names a full disk in words', () => {
    expect(storeError(new DOMException('quota', 'QuotaExceededError')).message).toBe('The browser has no more room for Backstory’s store; nothing was changed.');
  });
});

describe('articles', () => {
  it('skips an article with a known URL or the same text, also within one batch', async () => {
    const db = await openStore(freshName());
    const first = await addArticles(db, [article(1), article(2)]);
    expect(first.added.map((a) => a.id)).toHaveLength(2);
    const sameUrl = article(1, { id: 'other', paragraphs: ['Different words entirely.'], textHash: 'ffffffffffffffff' });
    const sameText = { ...article(2), id: 'copy', url: 'https://mirror.example.org/2' };
    const fresh = article(3);
    const again = await addArticles(db, [sameUrl, sameText, fresh, fresh]);
    expect(again.added.map((a) => a.url)).toEqual(['https://news.example.com/gaza/3']);
    expect(again.skipped.map((s) => s.reason)).toEqual(['same-url', 'same-text', 'same-url']);
    expect(await db.count('articles')).toBe(3);
    db.close();
  });

  it('gives a new id when another article holds the id with other text', async () => {
    const db = await openStore(freshName());
    await addArticles(db, [article(1, { id: 'x' })]);
    const { added } = await addArticles(db, [article(2, { id: 'x' })]);
    expect(added[0]?.id).toBe('x-2');
    db.close();
  });

  it('delete returns the article for undo, restore puts it back, both bump the generation', async () => {
    const db = await openStore(freshName());
    const [a] = (await addArticles(db, [article(1)])).added;
    const gone = await deleteArticle(db, a!.id);
    expect(gone).toEqual(a);
    expect(await deleteArticle(db, a!.id)).toBeNull();
    await restoreArticle(db, gone!);
    expect(await allArticles(db)).toEqual([a]);
    expect(await libraryGeneration(db)).toBe(3);
    db.close();
  });
});

describe('notes', () => {
  it('lists by page (ignoring #fragments), by entity and all, newest first', async () => {
    const db = await openStore(freshName());
    for (let i = 0; i < 9; i++) await putNote(db, note(i, i < 3 ? { entityId: 'person:bezalel-smotrich' } : {}));
    const page = await listNotes(db, { scope: 'page', pageUrl: 'https://news.example.com/page/1#top' });
    expect(page.map((n) => n.id.slice(-1))).toEqual(['7', '4', '1']);
    expect((await listNotes(db, { scope: 'entity', entityId: 'person:bezalel-smotrich' })).length).toBe(3);
    const all = await listNotes(db, { scope: 'all', limit: 4 });
    expect(all.map((n) => n.id.slice(-1))).toEqual(['8', '7', '6', '5']);
    db.close();
  });

  it('searches the text and the quote, case-insensitively, all words', async () => {
    const db = await openStore(freshName());
    await putNote(db, note(1, { text: 'Death toll DIFFERS from ministry' }));
    await putNote(db, note(2, { quote: 'Jenin refugee camp', text: 'raid' }));
    await putNote(db, note(3, { text: 'unrelated' }));
    expect((await listNotes(db, { scope: 'all', query: 'death MINISTRY' })).map((n) => n.body.value)).toEqual(['Death toll DIFFERS from ministry']);
    expect((await listNotes(db, { scope: 'all', query: 'jenin' })).map((n) => n.body.value)).toEqual(['raid']);
    expect(await listNotes(db, { scope: 'all', query: 'nothing-like-this' })).toEqual([]);
    db.close();
  });

  it('updates text and modified time; delete returns the note', async () => {
    const db = await openStore(freshName());
    const n = await putNote(db, note(1));
    const changed = await updateNote(db, n.id, { text: 'revised' }, '2025-03-01T00:00:00.000Z');
    expect(changed.body.value).toBe('revised');
    expect(changed.created).toBe(n.created);
    expect(changed.modified).toBe('2025-03-01T00:00:00.000Z');
    await expect(updateNote(db, 'urn:uuid:missing', { text: 'x' }, 'now')).rejects.toThrow(/No note/);
    expect(await deleteNote(db, n.id)).toEqual(changed);
    expect(await deleteNote(db, n.id)).toBeNull();
    db.close();
  });

  it('asks for the page or entity a scoped list needs', async () => {
    const db = await openStore(freshName());
    await expect(listNotes(db, { scope: 'entity' })).rejects.toThrow(/entityId/);
    db.close();
  });
});

describe('settings and wipe', () => {
  it('starts from the defaults and merges changes per kind', async () => {
    const db = await openStore(freshName());
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setSettings(db, { types: { number: false }, offSites: ['www.example.com', 'www.example.com'] });
    const s = await getSettings(db);
    expect(s.types).toEqual({ ...DEFAULT_SETTINGS.types, number: false });
    expect(s.offSites).toEqual(['www.example.com']);
    expect(s.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    db.close();
  });

  it('wipe empties every store', async () => {
    const db = await openStore(freshName());
    await addArticles(db, [article(1)]);
    await putNote(db, note(1));
    await setSettings(db, { hoverDelayMs: 900 });
    await wipeStore(db);
    expect(await db.count('articles')).toBe(0);
    expect(await db.count('notes')).toBe(0);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });
});
