// @vitest-environment happy-dom
import { Readability } from '@mozilla/readability';
import { afterEach, describe, expect, it } from 'vitest';
import { READABILITY_GLOBAL, type ReadabilityHost } from './load-readability';
import type { ArticleInput, LibraryEntry, StoredArticle } from '../core/records';
import { App } from './app';
import { DEFAULT_SETTINGS } from '../core/records';
import { LibraryView } from './library-view';
import { StatusProvider } from './status';
import { click, renderWithDeps, settle, type FakeHandlers } from './test-deps';

const entry = (i: number): LibraryEntry => ({ id: `art-${i}`, title: `Article ${i}`, source: 'Wire', url: null, date: '2025-02-03', entityCount: i % 7, added: '2026-01-01T00:00:00Z' });

function library(total: number) {
  const asked: { offset?: number; limit?: number; query?: string }[] = [];
  const added: ArticleInput[][] = [];
  let deleted: string[] = [];
  const handlers: FakeHandlers = {
    'library/list': (req) => {
      asked.push(req);
      const all = Array.from({ length: total }, (_, i) => entry(i)).filter((e) => !deleted.includes(e.id));
      const offset = req.offset ?? 0;
      return { total: all.length, entries: all.slice(offset, offset + (req.limit ?? all.length)) };
    },
    'library/add': (req) => {
      added.push(req.articles);
      return { added: req.articles.slice(1).map((a, i) => ({ ...entry(900 + i), title: a.title })), skipped: req.articles.slice(0, 1).map((a) => ({ title: a.title, reason: 'same-url' as const })) };
    },
    'library/delete': ({ id }) => {
      deleted.push(id);
      return { id, title: `Article ${id.slice(4)}`, source: 'Wire', url: null, date: '2025-02-03', language: 'en', paragraphs: ['x'], textHash: '0123456789abcdef', added: '2026-01-01T00:00:00Z' } satisfies StoredArticle;
    },
    'library/restore': (a) => {
      deleted = deleted.filter((d) => d !== a.id);
      return { added: [{ ...entry(Number(a.id.slice(4))), title: a.title }], skipped: [] };
    },
  };
  return { handlers, asked, added };
}

async function pick(input: Element | null, files: File[]): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Library', () => {
  it('asks for one page of 10k rows and draws only some of them', async () => {
    const lib = library(10_000);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    expect(lib.asked[0]).toEqual({ query: undefined, offset: 0, limit: 50 });
    expect(lib.asked.every((a) => (a.limit ?? Infinity) <= 50)).toBe(true);
    const rows = r.$$('[data-article-id]');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]?.textContent).toContain('Article 0');
    expect(rows[0]?.textContent).toMatch(/Wire · 2025-02-03 · 0 entities/);
    expect(r.root.textContent).toContain('10000 stored articles');
    // A screen reader hears where a drawn row stands in the whole list.
    const items = r.$$('[role="listitem"]');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    // The box fills the panel (popup.css), not a fixed 320 px that left a strip below it.
    const box = r.$('[role="list"]');
    expect(box?.matches('.vlist')).toBe(true);
    expect(box?.getAttribute('style') ?? '').not.toMatch(/max-height/);
  });

  it('tells a reader with no stored article how to add some, next to the buttons that do', async () => {
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: library(0).handlers });
    const empty = r.$('[data-empty="library"]');
    expect(empty?.textContent).toMatch(/^No stored articles yet\.Save this page, or add articles from files/);
    expect(r.$<HTMLButtonElement>('[data-action="save-page"]')?.disabled).toBe(false);
    expect(r.$<HTMLInputElement>('input[data-import-articles]')?.disabled).toBe(false);
  });

  it('deletes with undo', async () => {
    const lib = library(3);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    await click(r.$('[data-article-id="art-1"] [data-action="delete-article"]'));
    expect(r.$('[data-article-id="art-1"]')).toBeNull();
    expect(r.$('[data-status]')?.textContent).toBe('Deleted “Article 1”. Restore it within 30 days from Settings → Recently deleted.');
    await click(r.$('[data-action="undo"]'));
    expect(r.$('[data-article-id="art-1"]')).not.toBeNull();
    expect(r.$('[data-status]')?.textContent).toBe('“Article 1” restored.');
  });

  it('keeps Undo after a double click on Delete: the second press is ignored while the first is out', async () => {
    const lib = library(3);
    const held: (() => void)[] = [];
    const remove = lib.handlers['library/delete'];
    if (!remove) throw new Error('no delete');
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: { ...lib.handlers, 'library/delete': (req) => new Promise((answer) => held.push(() => answer(remove(req)))) } });
    const del = r.$('[data-article-id="art-1"] [data-action="delete-article"]');
    await click(del);
    await click(del);
    for (const answer of held.splice(0)) answer();
    await r.settle();
    expect(r.calls.filter((c) => c.kind === 'library/delete')).toHaveLength(1);
    expect(r.$('[data-action="undo"]')).not.toBeNull();
  });

  it('saves the page through Readability and reports what was added and skipped', async () => {
    // In the extension readability.js defines this global when loaded; happy-dom loads no scripts.
    (window as ReadabilityHost)[READABILITY_GLOBAL] = Readability;
    const lib = library(0);
    const html = `<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1>${'<p>The mediators met again in Cairo on Tuesday and said the talks on the second phase would continue all week long.</p>'.repeat(6)}</article></body></html>`;
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers, tab: { 'tab/page-html': () => ({ url: 'https://news.example/talks', title: 'Talks', html }) } });
    await click(r.$('[data-action="save-page"]'));
    await settle(20);
    expect(r.tabCalls.map((c) => c.kind)).toEqual(['tab/page-html']);
    const [input] = lib.added[0] ?? [];
    expect(input?.url).toBe('https://news.example/talks');
    expect(input?.source).toBe('news.example');
    expect(input?.date).toBe('2026-03-04');
    expect(input?.paragraphs).toHaveLength(6);
    expect(r.$('[data-status]')?.textContent).toMatch(/Skipped “Talks.*already in your library \(same address\)/);
  });

  it('gives the focus back to "Save this page" once it is enabled again', async () => {
    const lib = library(0);
    let answer: (err: Error) => void = () => undefined;
    const tab = { 'tab/page-html': () => new Promise<never>((_, reject) => (answer = reject)) };
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers, tab });
    const save = r.$<HTMLButtonElement>('[data-action="save-page"]');
    save?.focus();
    await click(save);
    expect(save?.disabled).toBe(true);
    answer(new Error('The page is still loading.'));
    await r.settle();
    expect(save?.disabled).toBe(false);
    expect(document.activeElement).toBe(save);
  });

  it('gives the focus back to the file chooser after adding', async () => {
    const lib = library(0);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    const input = r.$<HTMLInputElement>('input[data-import-articles]');
    input?.focus();
    await pick(input, [new File(['Headline\nBody text.'], 'b.txt')]);
    expect(lib.added).toHaveLength(1);
    expect(document.activeElement).toBe(input);
  });

  it('says why the page cannot be saved when the tab has no content script', async () => {
    const lib = library(0);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    await click(r.$('[data-action="save-page"]'));
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('error');
    expect(r.$('[data-status]')?.textContent).toMatch(/not available on this page/);
    expect(lib.added).toHaveLength(0);
  });

  it('adds articles from files, and nothing when a file is bad', async () => {
    const lib = library(0);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    await pick(r.$('input[data-import-articles]'), [new File(['{"title": "A", "paragraphs": ["One."]}'], 'a.json'), new File(['{oops'], 'b.json')]);
    expect(lib.added).toHaveLength(0);
    // Under the button that chose the file, as an alert; not only in the status line.
    const note = r.$('[data-add-problems]');
    expect(note?.getAttribute('role')).toBe('alert');
    expect(note?.textContent).toMatch(/^Nothing was added; your library is as it was\. The file has this problem:b\.json is not JSON, so it could not be read as articles/);
    expect(r.$('.toolbar')?.nextElementSibling).toBe(note);

    await pick(r.$('input[data-import-articles]'), [new File(['{"title": "A", "paragraphs": ["One."]}'], 'a.json'), new File(['Headline\nBody text.'], 'b.txt')]);
    expect(lib.added[0]?.map((a) => a.title)).toEqual(['A', 'Headline']);
    expect(r.$('[data-status]')?.textContent).toMatch(/Added “Headline”\. Skipped “A”/);
    expect(r.$('[data-add-problems]')).toBeNull();
  });

  it('says which file it read as Windows-1252, after what was added or what was wrong', async () => {
    const lib = library(0);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    const ansi = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x42, 0x6f, 0x64, 0x79]); // "Café\nBody", é as E9
    await pick(r.$('input[data-import-articles]'), [new File(['{"title": "A", "paragraphs": ["One."]}'], 'a.json'), new File([ansi], 'cafe.txt')]);
    expect(lib.added[0]?.map((a) => a.title)).toEqual(['A', 'Café']);
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('ok');
    expect(r.$('[data-status]')?.textContent).toMatch(/^Added “Café”\. Skipped “A”.*\ncafe\.txt was read as Windows-1252 \(Western European\)\. If its letters look wrong, delete the article, save the file as UTF-8 and add it again\.$/);

    await pick(r.$('input[data-import-articles]'), [new File(['{oops'], 'b.json'), new File([ansi], 'cafe.txt')]);
    const note = r.$('[data-add-problems]')?.textContent;
    expect(note).toMatch(/^Nothing was added.*b\.json is not JSON.*cafe\.txt was read as Windows-1252 \(Western European\)\. If its letters look wrong, save the file as UTF-8 before adding it again\.$/s);
    expect(note).not.toMatch(/delete/);
  });

  it('adds a Hugo file whose url is site-relative, saying under what was added that it left the url out', async () => {
    const lib = library(0);
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: lib.handlers });
    await pick(r.$('input[data-import-articles]'), [new File(['---\ntitle: Truce holds\nurl: /posts/truce/\n---\nBody.'], 'truce.md'), new File(['Headline\nBody text.'], 'b.txt')]);
    expect(lib.added[0]?.map((a) => a.title)).toEqual(['Truce holds', 'Headline']);
    expect(r.$('[data-status]')?.getAttribute('data-status-kind')).toBe('ok');
    expect(r.$('[data-status]')?.textContent).toMatch(/^Added “Headline”\. Skipped “Truce holds”.*\ntruce\.md: its front-matter url “\/posts\/truce\/” is not a full http\(s\) address, so it has none\.$/);
  });

  it('says it is adding while a large add is under way', async () => {
    const lib = library(0);
    let finish: () => void = () => undefined;
    const slow = { ...lib.handlers, 'library/add': () => new Promise<never>((resolve) => (finish = () => resolve({ added: [], skipped: [] } as never))) };
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: slow });
    await pick(r.$('input[data-import-articles]'), [new File(['[{"title": "A", "paragraphs": ["One."]}, {"title": "B", "paragraphs": ["Two."]}]'], 'a.json')]);
    expect(r.$('[data-status]')?.textContent).toBe('Adding 2 articles…');
    expect(r.$<HTMLInputElement>('input[data-import-articles]')?.disabled).toBe(true);
    finish();
    await r.settle(20);
    expect(r.$('[data-status]')?.textContent).not.toBe('Adding 2 articles…');
  });

  it('reads the library again after a wipe in Settings', async () => {
    let total = 4;
    const r = await renderWithDeps(<App />, {
      handlers: {
        'page/summary': () => null,
        'library/list': () => ({ total, entries: Array.from({ length: total }, (_, i) => entry(i)) }),
        'settings/get': () => DEFAULT_SETTINGS,
        'store/wipe': () => {
          total = 0;
          return null;
        },
      },
    });
    await click(r.$('[data-tab="library"]'));
    expect(r.$$('[data-article-id]')).toHaveLength(4);
    await click(r.$('[data-tab="settings"]'));
    await click(r.$('[data-action="wipe"]'));
    await click(r.$('[data-action="wipe-confirm"]'));
    await click(r.$('[data-tab="library"]'));
    expect(r.$$('[data-article-id]')).toHaveLength(0);
    expect(r.$('[data-empty="library"]')).not.toBeNull();
  });
});
