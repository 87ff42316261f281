// Settings through the store's handlers (get, set, a site switched off or on) and what a
// page is told at page/start: its settings, its notes, and only its own switched-off site.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DARK_DEFAULT_COLOURS, DEFAULT_SETTINGS } from '../core/records';
import { mergeSettings } from '../storage/settings';
import type { Sender } from '../messaging/handle';
import { storeHarness } from './store-test-deps';

const PAGE = 'https://news.example.com/gaza-truce';

describe('settings handlers', () => {
  it('gets defaults, sets a part, validates, and tells tabs', async () => {
    const { ask, askError, sent } = storeHarness();
    expect(await ask('settings/get', {})).toEqual(DEFAULT_SETTINGS);
    const next = await ask('settings/set', { hoverDelayMs: 500, colours: { person: '#123456' } });
    expect(next.colours.person).toBe('#123456');
    expect(next.colours.org).toBe(DEFAULT_SETTINGS.colours.org);
    expect(sent).toEqual([{ backstory: 'settings-changed' }]);
    expect(await askError('settings/set', { topicSensitivity: 3 })).toBe('settings.topicSensitivity: must be 1 or less');
  });
});

describe('colours per scheme', () => {
  it('keeps the dark pages’ colours apart from the light pages’', async () => {
    const { ask } = storeHarness();
    const next = await ask('settings/set', { darkColours: { person: '#abcdef' } });
    expect(next.darkColours).toEqual({ ...DARK_DEFAULT_COLOURS, person: '#abcdef' });
    expect(next.colours).toEqual(DEFAULT_SETTINGS.colours);
    expect((await ask('settings/set', { colours: { org: '#000000' } })).darkColours.org).toBe(DARK_DEFAULT_COLOURS.org);
  });

  it('gives settings stored before then the colours they painted on dark pages', () => {
    const { darkColours: _none, ...older } = { ...DEFAULT_SETTINGS, colours: { ...DEFAULT_SETTINGS.colours, date: '#111111' } };
    expect(mergeSettings(older).darkColours).toEqual({ ...DARK_DEFAULT_COLOURS, date: '#111111' });
    expect(mergeSettings({ ...older, darkColours: { ...DARK_DEFAULT_COLOURS, date: '#222222' } }).darkColours.date).toBe('#222222');
  });
});

describe('settings/site-off', () => {
  it('adds the host once, and tells the tabs', async () => {
    const { ask, sent } = storeHarness();
    await ask('settings/set', { offSites: ['a.example'] });
    sent.length = 0;
    expect((await ask('settings/site-off', { host: 'news.example.com' })).offSites).toEqual(['a.example', 'news.example.com']);
    expect((await ask('settings/site-off', { host: 'News.Example.com' })).offSites).toEqual(['a.example', 'news.example.com']);
    expect(sent).toEqual([{ backstory: 'settings-changed' }, { backstory: 'settings-changed' }]);
  });
});

describe('settings as a web page is told them', () => {
  // A content script on evil.example (its page's code may have taken it over).
  const evil: Sender = { url: 'https://evil.example/page', pageOrigin: 'https://evil.example' };
  const news: Sender = { url: PAGE, pageOrigin: 'https://news.example.com' };

  it("page/start names no site the reader switched off but the page's own", async () => {
    const { ask } = storeHarness();
    await ask('settings/set', { offSites: ['clinic.example', 'News.Example.com', 'bank.example'], hoverDelayMs: 500 });
    const there = await ask('page/start', {}, evil);
    expect(there.settings.offSites).toEqual([]);
    expect(there.settings.hoverDelayMs).toBe(500);
    expect((await ask('page/start', { pageUrl: PAGE }, news)).settings.offSites).toEqual(['news.example.com']);
    // The extension's own pages see them all.
    expect((await ask('page/start', {})).settings.offSites).toEqual(['clinic.example', 'News.Example.com', 'bank.example']);
  });

  it('a sandboxed document (opaque origin) is told the settings but no notes, whatever its URL', async () => {
    const { ask } = storeHarness();
    await ask('notes/create', { text: 'Private', pageUrl: PAGE });
    await ask('settings/set', { hoverDelayMs: 500 });
    const sandboxed: Sender = { url: PAGE, pageOrigin: 'null' };
    const start = await ask('page/start', { pageUrl: PAGE }, sandboxed);
    expect(start.settings.hoverDelayMs).toBe(500);
    expect(start.notes).toEqual([]);
    expect(await ask('notes/list', { scope: 'page', pageUrl: PAGE }, sandboxed)).toEqual([]);
    // The same page with its real origin, and the extension's pages, see the note.
    expect((await ask('page/start', { pageUrl: PAGE }, news)).notes?.map((n) => n.body.value)).toEqual(['Private']);
    expect((await ask('notes/list', { scope: 'page', pageUrl: PAGE }, news)).map((n) => n.body.value)).toEqual(['Private']);
    expect((await ask('notes/list', { scope: 'page', pageUrl: PAGE })).map((n) => n.body.value)).toEqual(['Private']);
  });

  it('settings/site-off answers a page with its own site only', async () => {
    const { ask } = storeHarness();
    await ask('settings/set', { offSites: ['clinic.example', 'bank.example'] });
    expect((await ask('settings/site-off', { host: 'evil.example' }, evil)).offSites).toEqual(['evil.example']);
    expect((await ask('settings/get', {})).offSites).toEqual(['clinic.example', 'bank.example', 'evil.example']);
  });
});

describe('settings/site-on', () => {
  it('takes the one host out, whatever its case, and tells the tabs', async () => {
    const { ask, askError, sent } = storeHarness();
    await ask('settings/set', { offSites: ['a.example', 'News.Example.com', 'b.example'] });
    sent.length = 0;
    expect((await ask('settings/site-on', { host: 'news.example.com' })).offSites).toEqual(['a.example', 'b.example']);
    expect((await ask('settings/site-on', { host: 'news.example.com' })).offSites).toEqual(['a.example', 'b.example']);
    expect(sent).toEqual([{ backstory: 'settings-changed' }, { backstory: 'settings-changed' }]);
    expect(await askError('settings/site-on', { host: 'example.com/path' })).toBe('host: expected a host name such as www.example.com');
  });

  it('loses no switch made at the same time (a card turning another site off)', async () => {
    const { ask } = storeHarness();
    await ask('settings/set', { offSites: ['a.example'] });
    await Promise.all([ask('settings/site-on', { host: 'a.example' }), ask('settings/site-off', { host: 'b.example' }), ask('settings/site-off', { host: 'c.example' })]);
    expect((await ask('settings/get', {})).offSites).toEqual(['b.example', 'c.example']);
  });
});

describe('page/start', () => {
  it("answers the settings and, for a page URL, that page's notes", async () => {
    const { ask } = storeHarness();
    await ask('settings/set', { hoverDelayMs: 500 });
    await ask('notes/create', { text: 'Check the toll', pageUrl: `${PAGE}#comments`, pageTitle: 'Truce' });
    await ask('notes/create', { text: 'Elsewhere', pageUrl: 'https://other.example/a', pageTitle: 'Other' });
    const top = await ask('page/start', { pageUrl: PAGE });
    expect(top.settings.hoverDelayMs).toBe(500);
    expect(top.notes?.map((n) => n.body.value)).toEqual(['Check the toll']);
    expect(await ask('page/start', {})).toEqual({ settings: top.settings, notes: null });
  });

  it("from a tab's top frame (with its page URL), lets the tab's last report go; not from a subframe", async () => {
    const { ask, started } = storeHarness();
    await ask('page/start', { pageUrl: PAGE }, { tabId: 4 });
    await ask('page/start', {}, { tabId: 4 });
    await ask('page/start', { pageUrl: PAGE }); // not from a tab (a test page of ours)
    expect(started).toEqual([[4, PAGE]]);
  });
});
