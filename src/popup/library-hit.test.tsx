// @vitest-environment happy-dom
// The Library's search rows: what the background said about why each matched, drawn under
// the row's title (names, or the sentence with the query's words marked).
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../core/records';
import type { LibraryHitEntry } from '../messaging/contract';
import { LibraryView } from './library-view';
import { StatusProvider } from './status';
import { renderWithDeps, settle, typeInto, type FakeHandlers } from './test-deps';

const entry = (id: string, title: string): LibraryEntry => ({ id, title, source: 'Wire', url: null, date: '2025-02-03', entityCount: 3, added: '2026-01-01T00:00:00Z' });
const HITS: LibraryHitEntry[] = [
  entry('a', 'Witkoff lands in Doha'),
  { ...entry('b', 'Talks resume'), match: { names: ['Steve Witkoff'] } },
  // The snippet holds markup-like text: it must show as text.
  { ...entry('c', 'Markets close'), match: { snippet: { text: 'Troops <b>stay</b> in the Philadelphi corridor.', marks: [[26, 37], [38, 46]] } } },
];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Library search rows', () => {
  it('asks with the query and shows why a row matched when its title does not say', async () => {
    const asked: (string | undefined)[] = [];
    const handlers: FakeHandlers = {
      'library/list': (req) => {
        asked.push(req.query);
        const entries = req.query ? HITS : HITS.map(({ match: _, ...e }) => e);
        return { total: entries.length, entries };
      },
    };
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers });
    const box = r.$<HTMLInputElement>('[data-library-search]');
    expect(box?.placeholder).toBe('Search titles, names and text');
    expect(r.$$('[data-library-match]')).toEqual([]);

    await typeInto(box, 'witkoff corridor');
    await settle(200);
    expect(asked.at(-1)).toBe('witkoff corridor');
    const rows = r.$$('[data-article-id]');
    expect(rows.map((row) => row.querySelector('[data-library-match]')?.getAttribute('data-library-match') ?? null)).toEqual([null, 'names', 'text']);
    expect(rows[1]?.querySelector('[data-library-match]')?.textContent).toBe('Mentions Steve Witkoff');
    const snippet = rows[2]?.querySelector('[data-library-match]');
    expect(snippet?.textContent).toBe('Troops <b>stay</b> in the Philadelphi corridor.');
    expect([...(snippet?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual(['Philadelphi', 'corridor']);
    expect(snippet?.querySelector('b')).toBeNull();
    // Each row keeps its delete button, reachable by keyboard.
    expect(rows.map((row) => row.querySelector('button[data-action="delete-article"]')?.getAttribute('aria-label'))).toEqual(['Delete “Witkoff lands in Doha”', 'Delete “Talks resume”', 'Delete “Markets close”']);
  });

  it('says "Searching…" while a search waits for its answer, not the last answer or "no match"', async () => {
    const waiting: (() => void)[] = [];
    const handlers: FakeHandlers = {
      'library/list': (req) => {
        // As the background: a query without a letter or digit lists the library.
        const query = /[\p{L}\p{N}]/u.test(req.query ?? '') ? req.query : undefined;
        const entries = query === 'witkoff' ? HITS.slice(0, 1) : query ? [] : HITS.map(({ match: _, ...e }) => e);
        const page = { total: entries.length, entries };
        // A query's answer waits (the worker building its indexes) until the test lets it go.
        return query ? new Promise<typeof page>((resolve) => waiting.push(() => resolve(page))) : page;
      },
    };
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers });
    const state = (): string | null | undefined => r.$('[data-library-state]')?.textContent;
    expect(state()).toBe('3 stored articles');
    const box = r.$<HTMLInputElement>('[data-library-search]');

    await typeInto(box, 'dolphins');
    await settle(200);
    expect([state(), r.$('[data-empty]'), r.$$('[data-article-id]').length]).toEqual(['Searching…', null, 0]);
    expect(r.$('[data-library-state]')?.getAttribute('role')).toBe('status');
    waiting.shift()?.();
    await settle(20);
    expect(r.$('[data-empty="library"]')?.textContent).toBe('No stored article matches that search.');

    // Punctuation alone is no search: the library, not "Searching…" for ever.
    await typeInto(box, ' — ');
    await settle(200);
    expect(state()).toBe('3 stored articles');
    await typeInto(box, 'dolphins');
    await settle(200);
    waiting.shift()?.();
    await settle(20);
    // The next words: not the last search's "no match" while they are asked.
    await typeInto(box, 'witkoff');
    expect([state(), r.$('[data-empty]')]).toEqual(['Searching…', null]);
    await settle(200);
    expect(state()).toBe('Searching…');
    waiting.shift()?.();
    await settle(20);
    expect([state(), r.$$('[data-article-id]').map((row) => row.getAttribute('data-article-id'))]).toEqual(['1 matching article', ['a']]);
  });
});
