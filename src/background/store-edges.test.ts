// What the write paths accept must come back through undo and through the store's own
// backup: a record at the edge of every limit is stored in a form restore and import take.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../core/backup-schemas';
import { storeHarness } from './store-test-deps';

const PAGE = 'https://news.example.com/gaza-truce';

describe('notes at the edges', () => {
  it('cuts a page title longer than the limit (it comes from the page) and keeps the note', async () => {
    const { ask } = storeHarness();
    const n = await ask('notes/create', { text: 'x', pageUrl: PAGE, pageTitle: 'T'.repeat(LIMITS.title + 500) });
    expect(n.backstory.pageTitle).toBe('T'.repeat(LIMITS.title));
    const gone = await ask('notes/delete', { id: n.id });
    await expect(ask('notes/restore', gone!)).resolves.toEqual(n);
  });

  it('does not cut a title in the middle of a character', async () => {
    const { ask } = storeHarness();
    const n = await ask('notes/create', { text: 'x', pageUrl: PAGE, pageTitle: `${'T'.repeat(LIMITS.title - 1)}😀 more` });
    expect(n.backstory.pageTitle).toBe('T'.repeat(LIMITS.title - 1));
  });

  it('refuses at write time what restore would refuse: a page URL over the limit, an over-long entity id', async () => {
    const { askError } = storeHarness();
    expect(await askError('notes/create', { text: 'x', pageUrl: `${PAGE}?q=${'a'.repeat(LIMITS.url)}` })).toBe(`note.target.source: longer than ${LIMITS.url} characters`);
    expect(await askError('notes/create', { text: 'x', pageUrl: PAGE, entityId: 'e'.repeat(LIMITS.id + 1) })).toBe(`note.backstory.entityId: longer than ${LIMITS.id} characters`);
  });
});

describe('articles at the edges', () => {
  it('an article from a .txt whose body is one long line survives delete + undo', async () => {
    const { ask } = storeHarness();
    const { added } = await ask('library/add', { articles: [{ title: 'Long', text: 'Hamas said. '.repeat(10_000) }] });
    const gone = await ask('library/delete', { id: added[0]!.id });
    await expect(ask('library/restore', gone!)).resolves.toMatchObject({ title: 'Long' });
  });
});

describe('ids at the edges', () => {
  it('an article whose id of the full length is taken gets a suffixed id within the limit', async () => {
    const { ask } = storeHarness();
    const id = 'a'.repeat(LIMITS.id);
    await ask('library/add', { articles: [{ id, title: 'One', text: 'Hamas one.' }] });
    const { added } = await ask('library/add', { articles: [{ id, title: 'Two', text: 'Hamas two.' }] });
    expect(added[0]!.id).toBe(`${'a'.repeat(LIMITS.id - 2)}-2`);
    const gone = await ask('library/delete', { id: added[0]!.id });
    await expect(ask('library/restore', gone!)).resolves.toMatchObject({ title: 'Two' });
  });
});
