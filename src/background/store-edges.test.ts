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

describe('hosts switched off', () => {
  // Hosts as siteHost() reads them from real page addresses (location.hostname agrees).
  const HOSTS = ['my_blog.example.com', '[::1]', '127.0.0.1', 'xn--bcher-kva.example', 'example.com.', 'localhost'];

  it('accepts every host a page address can have, from a card and from the popup, and a backup of them imports', async () => {
    const { ask, roundTrip } = storeHarness();
    for (const host of HOSTS) await ask('settings/site-off', { host });
    const s = await ask('settings/get', {});
    expect(s.offSites).toEqual(HOSTS);
    // The popup's site checkbox sends the whole list back through settings/set.
    await expect(ask('settings/set', { offSites: [...s.offSites, 'other.example'] })).resolves.toMatchObject({ offSites: [...HOSTS, 'other.example'] });
    expect(await roundTrip()).toMatchObject({ ok: true });
    expect((await ask('settings/get', {})).offSites).toEqual([...HOSTS, 'other.example']);
  });

  it('refuses at write time what is not a host, saying so', async () => {
    const { askError } = storeHarness();
    for (const host of ['example.com/path', 'my blog.example', 'example.com:8080', 'user@example.com', '::1', 'a'.repeat(254)]) {
      expect(await askError('settings/site-off', { host })).toBe('host: expected a host name such as www.example.com');
    }
    expect(await askError('settings/set', { offSites: ['example.com:8080'] })).toBe('settings.offSites[0]: expected a host name such as www.example.com');
  });
});
