import { describe, expect, it } from 'vitest';
import type { RequestEnvelope } from '../messaging/envelope';
import { DEFAULT_SETTINGS } from '../core/records';
import { isOfOrigin, pageRequestRefusal, pageSettings, senderOrigin, type PageSender } from './page-senders';

const PAGE = 'https://news.example.com/truce?id=4#comments';
const ask = (kind: string, req: unknown, from: string | undefined = PAGE, origin?: string): string | null =>
  pageRequestRefusal({ backstory: 1, kind, req } as RequestEnvelope, { url: from, origin });
/** A sandboxed document at PAGE: its real origin is opaque. */
const SANDBOXED: [string, string] = [PAGE, 'null'];

describe('pageRequestRefusal', () => {
  it('lets a page ask what its content script needs', () => {
    expect(ask('page/annotate', { text: 'Gaza', base: 0 })).toBeNull();
    expect(ask('page/start', { pageUrl: 'https://news.example.com/truce?id=4' })).toBeNull();
    expect(ask('page/start', {})).toBeNull();
    expect(ask('card/stash', { kind: 'entity', pageUrl: 'https://news.example.com/truce?id=4' })).toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'https://news.example.com/truce?id=4' })).toBeNull();
    expect(ask('notes/update', { id: 'n1', selector: [] })).toBeNull();
    // A single-page site moved on with history.pushState: the sender's URL is where its
    // document loaded.
    expect(ask('page/start', { pageUrl: 'https://news.example.com/live/ceasefire' })).toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'https://news.example.com/live/ceasefire' })).toBeNull();
    expect(ask('settings/site-off', { host: 'News.Example.com' })).toBeNull();
    // Its run found the site off: its own tab's report goes (the handler holds it to the top frame).
    expect(ask('page/site-off', { url: PAGE })).toBeNull();
    // Its marks in shadow roots are coloured (the handler takes highlight rules only).
    expect(ask('page/shadow-sheet', { css: '' })).toBeNull();
  });

  it('refuses the store, the library, backups and the settings to a page', () => {
    for (const kind of ['store/wipe', 'backup/export', 'backup/export-part', 'backup/import', 'backup/import-part', 'settings/get', 'settings/set', 'settings/site-on', 'notes/create', 'notes/delete', 'library/add', 'library/delete', 'page/summary', 'card/target', 'notes/draft-get', 'notes/draft-keep', 'trash/list', 'trash/restore', 'trash/empty']) {
      expect(ask(kind, {})).toBe(`${kind} is not open to web pages`);
    }
  });

  it('refuses a page anything about another page or site', () => {
    expect(ask('notes/list', { scope: 'all' })).not.toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'https://bank.example/' })).not.toBeNull();
    expect(ask('page/start', { pageUrl: 'https://bank.example/' })).not.toBeNull();
    expect(ask('page/start', { pageUrl: 'http://news.example.com/truce' })).not.toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'https://news.example.com.evil.example/' })).not.toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'not a url' })).not.toBeNull();
    expect(ask('settings/site-off', { host: 'other.example' })).not.toBeNull();
    expect(ask('notes/update', { id: 'n1', text: 'rewritten' })).not.toBeNull();
    expect(pageRequestRefusal({ backstory: 1, kind: 'notes/list', req: { scope: 'page', pageUrl: PAGE } }, {})).not.toBeNull();
  });

  it("refuses a page a card target about another site's page (the card switches it off)", () => {
    expect(ask('card/stash', { kind: 'entity', pageUrl: 'https://bank.example/' })).toBe('card/stash is not open to web pages');
    expect(ask('card/stash', { kind: 'entity' })).not.toBeNull();
  });

  it("opens cards' content only to a page with an opaque origin, whose card cannot ask itself", () => {
    const entity = { entityId: null, name: 'Witkoff', type: 'person', pageUrl: PAGE };
    const quantity = { quantity: {}, sentence: '', pageUrl: PAGE };
    expect(ask('card/entity', entity)).toBe('card/entity is not open to web pages');
    expect(ask('card/quantity', quantity)).toBe('card/quantity is not open to web pages');
    expect(ask('card/entity', entity, PAGE, 'https://news.example.com')).not.toBeNull();
    expect(ask('card/entity', entity, ...SANDBOXED)).toBeNull();
    expect(ask('card/quantity', quantity, ...SANDBOXED)).toBeNull();
    // A browser that gave no origin: the URL's, which is not opaque.
    expect(ask('card/entity', entity, PAGE, undefined)).not.toBeNull();
  });

  it('injects content-more only into a page with an opaque origin, where its import is refused', () => {
    expect(ask('page/inject-more', {}, ...SANDBOXED)).toBeNull();
    expect(ask('page/inject-more', {})).toBe('page/inject-more is not open to web pages');
    expect(ask('page/inject-more', {}, PAGE, 'https://news.example.com')).not.toBeNull();
  });
});

describe('pageSettings', () => {
  const settings = { ...DEFAULT_SETTINGS, offSites: ['clinic.example', 'News.Example.com', 'bank.example'] };
  it('tells a page whether it is off on its own site, and no other site that is', () => {
    expect(pageSettings(settings, PAGE)).toEqual({ ...settings, offSites: ['news.example.com'] });
    expect(pageSettings(settings, 'https://evil.example/')).toEqual({ ...settings, offSites: [] });
    expect(pageSettings(settings, undefined).offSites).toEqual([]);
  });
});

describe('senderOrigin', () => {
  const of = (url: string | undefined, origin?: string): string => senderOrigin({ url, origin } satisfies PageSender);
  it("names the page's origin, and one that matches no note's page when there is none", () => {
    expect(of(PAGE)).toBe('https://news.example.com');
    expect(isOfOrigin('https://news.example.com/other', of(PAGE))).toBe(true);
    expect(isOfOrigin('https://news.example.com.evil.example/', of(PAGE))).toBe(false);
    expect(of(undefined)).toBe('null');
    expect(isOfOrigin('https://news.example.com/other', of('data:text/html,x'))).toBe(false);
  });

  it("takes the document's real origin where the browser gives it: a sandboxed page's is opaque", () => {
    expect(of(...SANDBOXED)).toBe('null');
    expect(isOfOrigin('https://news.example.com/other', of(...SANDBOXED))).toBe(false);
    expect(of(PAGE, 'https://news.example.com')).toBe('https://news.example.com');
  });
});
