// @vitest-environment happy-dom
// Library → "Add from files…" with a bad file: the problems in words, under the button, as an
// alert saying nothing was added; a file too large is refused before it is read.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_ADD_BYTES } from './article-files';
import { LibraryView } from './library-view';
import { StatusProvider } from './status';
import { renderWithDeps, settle, type FakeHandlers } from './test-deps';

async function pick(input: Element | null, files: File[]): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(20);
}

function lib(): { handlers: FakeHandlers; added: number } {
  const state = { handlers: {} as FakeHandlers, added: 0 };
  state.handlers = {
    'library/list': () => ({ total: 0, entries: [] }),
    'library/add': () => {
      state.added++;
      return { added: [], skipped: [] };
    },
  };
  return state;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Library → Add from files… with a bad file', () => {
  it('says which article and field is wrong, in words, that nothing was added, as an alert', async () => {
    const l = lib();
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: l.handlers });
    const list = [{ title: 'Quay repairs begin', text: 'Work starts.' }, { title: 'Tolls frozen', text: 'No rise.', url: 'ftp://old.example/tolls' }];
    await pick(r.$('input[data-import-articles]'), [new File([JSON.stringify(list)], 'harbour.json')]);
    expect(l.added).toBe(0);
    const note = r.$('[data-add-problems]');
    expect(note?.getAttribute('role')).toBe('alert');
    expect(note?.textContent).toContain('Nothing was added; your library is as it was.');
    expect(note?.querySelector('li')?.textContent).toBe('harbour.json, article 2 (“Tolls frozen”): its address (url) should be a web address starting with http:// or https://.');
    expect(note?.textContent).not.toMatch(/articles\[/);
  });

  it('refuses a file too large before reading it, and says so there', async () => {
    const l = lib();
    const r = await renderWithDeps(<StatusProvider><LibraryView /></StatusProvider>, { handlers: l.handlers });
    const huge = new File(['[]'], 'dump.json');
    let read = false;
    Object.defineProperty(huge, 'size', { value: MAX_ADD_BYTES + 1 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => ((read = true), Promise.resolve(new ArrayBuffer(0))) });
    await pick(r.$('input[data-import-articles]'), [huge]);
    expect(read).toBe(false);
    expect(r.$('[data-add-problems] li')?.textContent).toMatch(/^dump\.json is too large to add \(51 MB; Backstory adds at most 50 MB of files at a time\)/);
  });
});
