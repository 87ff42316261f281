// library/list with a query, through the real dispatcher over fake-indexeddb: names come from
// the stand-in knowledge build (store-test-deps.ts), text from the stored articles.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LibraryHitEntry } from '../messaging/contract';
import { storeHarness } from './store-test-deps';

const at = (date: string, title: string, text: string) => ({ title, text, date, source: 'Wire', url: `https://news.example.com/${date}` });
const ARTICLES = [
  at('2025-02-01', 'Witkoff lands in Doha', 'The envoy met mediators.'),
  at('2025-02-03', 'Talks resume', 'Steve Witkoff said troops would stay in the Philadelphi corridor. Hamas disagreed.'),
  at('2025-02-02', 'Markets close higher', 'Shares rose on Tuesday. The corridor plan weighed on bonds.'),
];

const row = (e: LibraryHitEntry): string => {
  const m = e.match;
  if (!m) return e.title;
  if ('names' in m) return `${e.title} | ${m.names.join(', ')}`;
  const { text, marks } = m.snippet;
  return `${e.title} | ${marks.reduceRight((s, [a, b]) => `${s.slice(0, a)}<${s.slice(a, b)}>${s.slice(b)}`, text)}`;
};

describe('library/list with a query', () => {
  it('finds by title, by a name the article mentions, then by its text; says why', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: ARTICLES });
    const witkoff = await ask('library/list', { query: 'witk' });
    expect(witkoff.entries.map(row)).toEqual(['Witkoff lands in Doha', 'Talks resume | Witkoff']);
    const corridor = await ask('library/list', { query: 'CORRIDOR' });
    expect(corridor.total).toBe(2);
    // Text-only hits, newest first.
    expect(corridor.entries.map(row)).toEqual(['Talks resume | Steve Witkoff said troops would stay in the Philadelphi <corridor>.', 'Markets close higher | The <corridor> plan weighed on bonds.']);
    expect((await ask('library/list', { query: 'philadelphi corr' })).entries.map(row)).toEqual(['Talks resume | Steve Witkoff said troops would stay in the <Philadelphi> <corridor>.']);
    expect((await ask('library/list', { query: 'corridor shares' })).entries.map(row)).toEqual(['Markets close higher | <Shares> rose on Tuesday.']);
    expect((await ask('library/list', { query: 'corridor dolphins' })).total).toBe(0);
  });

  it('finds and marks a word written with an apostrophe by a query without it, not a contraction', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: [...ARTICLES, at('2025-01-30', 'Cabinet meets', "Tom O’Brien told Ha'aretz she'll stay. It's settled.")] });
    expect((await ask('library/list', { query: 'obrien haaretz' })).entries.map(row)).toEqual(["Cabinet meets | Tom <O’Brien> told <Ha'aretz> she'll stay."]);
    expect((await ask('library/list', { query: 'shell' })).total).toBe(0);
    expect((await ask('library/list', { query: 'its' })).total).toBe(0);
  });

  it('pages through the hits; a blank query lists the library', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: ARTICLES });
    const second = await ask('library/list', { query: 'the', offset: 1, limit: 1 });
    expect([second.total, second.entries.map((e) => e.title)]).toEqual([3, ['Markets close higher']]);
    expect((await ask('library/list', { query: '  ' })).entries.map((e) => [e.title, e.match])).toEqual([
      ['Talks resume', undefined],
      ['Markets close higher', undefined],
      ['Witkoff lands in Doha', undefined],
    ]);
  });

  it('follows library changes: an added article is found, a deleted one is not', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: ARTICLES.slice(0, 1) });
    expect((await ask('library/list', { query: 'corridor' })).total).toBe(0);
    await ask('library/add', { articles: ARTICLES.slice(1) });
    const found = await ask('library/list', { query: 'corridor' });
    expect(found.total).toBe(2);
    await ask('library/delete', { id: found.entries[0]?.id ?? '' });
    expect((await ask('library/list', { query: 'corridor' })).entries.map((e) => e.title)).toEqual(['Markets close higher']);
  });

  it('searches an article that came back under a deleted one\'s id by its new text only', async () => {
    const { ask } = storeHarness();
    await ask('library/add', { articles: ARTICLES });
    const found = await ask('library/list', { query: 'shares' });
    const id = found.entries[0]?.id ?? '';
    const gone = await ask('library/delete', { id });
    if (!gone) throw new Error('not deleted');
    // No search between: the index learns of the delete from the delete itself.
    await ask('library/restore', { ...gone, paragraphs: ['Dolphins were seen off Gaza.'] });
    expect((await ask('library/list', { query: 'shares' })).total).toBe(0);
    expect((await ask('library/list', { query: 'dolphins' })).entries.map((e) => e.id)).toEqual([id]);
  });
});
