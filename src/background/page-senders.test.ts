import { describe, expect, it } from 'vitest';
import type { RequestEnvelope } from '../messaging/envelope';
import { DEFAULT_SETTINGS } from '../core/records';
import { isOfOrigin, pageRequestRefusal, pageSettings, senderOrigin } from './page-senders';

const PAGE = 'https://news.example.com/truce?id=4#comments';
const ask = (kind: string, req: unknown, from: string | undefined = PAGE): string | null =>
  pageRequestRefusal({ backstory: 1, kind, req } as RequestEnvelope, from);

describe('pageRequestRefusal', () => {
  it('lets a page ask what its content script needs', () => {
    expect(ask('page/annotate', { text: 'Gaza', base: 0 })).toBeNull();
    expect(ask('page/start', { pageUrl: 'https://news.example.com/truce?id=4' })).toBeNull();
    expect(ask('page/start', {})).toBeNull();
    expect(ask('card/stash', { kind: 'entity' })).toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'https://news.example.com/truce?id=4' })).toBeNull();
    expect(ask('notes/update', { id: 'n1', selector: [] })).toBeNull();
    // A single-page site moved on with history.pushState: the sender's URL is where its
    // document loaded.
    expect(ask('page/start', { pageUrl: 'https://news.example.com/live/ceasefire' })).toBeNull();
    expect(ask('notes/list', { scope: 'page', pageUrl: 'https://news.example.com/live/ceasefire' })).toBeNull();
    expect(ask('settings/site-off', { host: 'News.Example.com' })).toBeNull();
  });

  it('refuses the store, the library, backups and the settings to a page', () => {
    for (const kind of ['store/wipe', 'backup/export', 'backup/import', 'settings/get', 'settings/set', 'settings/site-on', 'notes/create', 'notes/delete', 'library/add', 'library/delete', 'page/summary', 'card/target']) {
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
    expect(pageRequestRefusal({ backstory: 1, kind: 'notes/list', req: { scope: 'page', pageUrl: PAGE } }, undefined)).not.toBeNull();
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
  it("names the page's origin, and one that matches no note's page when there is none", () => {
    expect(senderOrigin(PAGE)).toBe('https://news.example.com');
    expect(isOfOrigin('https://news.example.com/other', senderOrigin(PAGE))).toBe(true);
    expect(isOfOrigin('https://news.example.com.evil.example/', senderOrigin(PAGE))).toBe(false);
    expect(senderOrigin(undefined)).toBe('null');
    expect(isOfOrigin('https://news.example.com/other', senderOrigin('data:text/html,x'))).toBe(false);
  });
});
