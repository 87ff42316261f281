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
    await expect(ask('notes/restore', gone!)).resolves.toEqual({ restored: n });
  });

  it('does not cut a title in the middle of a character', async () => {
    const { ask } = storeHarness();
    const n = await ask('notes/create', { text: 'x', pageUrl: PAGE, pageTitle: `${'T'.repeat(LIMITS.title - 1)}😀 more` });
    expect(n.backstory.pageTitle).toBe('T'.repeat(LIMITS.title - 1));
  });

  it('refuses at write time what restore would refuse: a page URL over the limit, an over-long entity id', async () => {
    const { askError } = storeHarness();
    expect(await askError('notes/create', { text: 'x', pageUrl: `${PAGE}?q=${'a'.repeat(LIMITS.url)}` })).toBe(`note.target.source: longer than 4,096 characters`);
    expect(await askError('notes/create', { text: 'x', pageUrl: PAGE, entityId: 'e'.repeat(LIMITS.id + 1) })).toBe(`note.backstory.entityId: longer than ${LIMITS.id} characters`);
  });

  it('words the note text limit with its digits grouped, as the import words its limits: "100,000"', async () => {
    const { ask, askError } = storeHarness();
    const tooLong = 'n'.repeat(LIMITS.noteText + 1);
    expect(await askError('notes/create', { text: tooLong, pageUrl: PAGE })).toBe('text: expected at most 100,000 characters of text');
    const { id } = await ask('notes/create', { text: 'short', pageUrl: PAGE });
    expect(await askError('notes/update', { id, text: tooLong })).toBe('text: expected at most 100,000 characters of text');
  });
});

describe('articles at the edges', () => {
  it('an article from a .txt whose body is one long line survives delete + undo', async () => {
    const { ask } = storeHarness();
    const { added } = await ask('library/add', { articles: [{ title: 'Long', text: 'Hamas said. '.repeat(10_000) }] });
    const gone = await ask('library/delete', { id: added[0]!.id });
    await expect(ask('library/restore', gone!)).resolves.toMatchObject({ added: [{ title: 'Long' }] });
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
    await expect(ask('library/restore', gone!)).resolves.toMatchObject({ added: [{ title: 'Two' }] });
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
    // settings/set takes the whole list too (the popup's site switch adds and removes one host).
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

describe("the store's own backup", () => {
  it('gives back every record written at the edges of every write path: export → wipe → import', async () => {
    const { ask, roundTrip } = storeHarness();
    const full = (c: string, n: number) => c.repeat(n);
    const selector = [
      { type: 'TextQuoteSelector', exact: full('q', LIMITS.quote), prefix: full('p', LIMITS.context), suffix: full('s', LIMITS.context) },
      { type: 'TextPositionSelector', start: 0, end: LIMITS.quote },
    ] as [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }, { type: 'TextPositionSelector'; start: number; end: number }];
    // notes/create and notes/update at their limits, a page title beyond its limit.
    const long = await ask('notes/create', { text: full('n', LIMITS.noteText), pageUrl: `${PAGE}?${full('u', LIMITS.url - PAGE.length - 1)}`, pageTitle: full('T', LIMITS.title * 3), entityId: full('e', LIMITS.id), selector });
    const edited = await ask('notes/create', { text: 'short', pageUrl: PAGE });
    await ask('notes/update', { id: edited.id, text: full('m', LIMITS.noteText), selector });
    // library/add: every field at its limit, a one-line text, a full-length id taken twice.
    const id = full('i', LIMITS.id);
    await ask('library/add', {
      articles: [
        { id, title: full('t', LIMITS.title), source: full('s', LIMITS.source), url: `https://news.example.com/${full('x', LIMITS.url - 25)}`, date: '2025-02-05', language: 'zh-Hant-TW', paragraphs: [full('a', LIMITS.paragraph)] },
        { id, title: 'One line', text: 'Hamas said the talks would resume. '.repeat(9000) },
        { id, title: 'Third', text: 'Witkoff landed.' },
      ],
    });
    // library/delete + library/restore, and the off switches.
    const gone = await ask('library/delete', { id: `${full('i', LIMITS.id - 2)}-2` });
    await ask('library/restore', gone!);
    for (const host of ['my_blog.example.com', '[::1]', '127.0.0.1']) await ask('settings/site-off', { host });
    await ask('settings/set', { hoverDelayMs: 10_000, topicSensitivity: 1, colours: { person: '#abcdef12' } });
    expect(long.backstory.pageTitle).toHaveLength(LIMITS.title);

    const before = (await ask('backup/export', { format: 'backup' })).text;
    const outcome = await roundTrip();
    expect(outcome).toMatchObject({ ok: true, report: { added: { articles: 3, notes: 2 }, skipped: { articles: 0, notes: 0 }, conflicts: { notes: 0 }, settingsReplaced: true } });
    expect((await ask('backup/export', { format: 'backup' })).text).toBe(before);
  });
});

describe('notes/update', () => {
  it('re-anchoring (a selector only) leaves the modified time, so the note keeps its place', async () => {
    let clock = '2025-02-05T08:00:00.000Z';
    const { ask } = storeHarness({ now: () => clock });
    const quote = { type: 'TextQuoteSelector' as const, exact: 'truce' };
    const n = await ask('notes/create', { text: 'q', pageUrl: PAGE, selector: [quote, { type: 'TextPositionSelector', start: 0, end: 5 }] });
    clock = '2025-02-06T08:00:00.000Z';
    const moved = await ask('notes/update', { id: n.id, selector: [quote, { type: 'TextPositionSelector', start: 40, end: 45 }] });
    expect(moved.modified).toBe(n.modified);
    expect(moved.target.selector?.[1].start).toBe(40);
    const edited = await ask('notes/update', { id: n.id, text: 'q2' });
    expect(edited.modified).toBe(clock);
  });
});
