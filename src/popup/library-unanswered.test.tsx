// @vitest-environment happy-dom
// The Library's list when the background never answers (a service worker that died): not
// "Loading the library…" for good, but what happened and a way to ask again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../core/records';
import { ANSWER_WAIT_MS } from './when-late';
import { LibraryView } from './library-view';
import { StatusProvider } from './status';
import { renderWithDeps, type FakeHandlers } from './test-deps';

const entry: LibraryEntry = { id: 'art-1', title: 'Harbour works', source: 'Wire', url: null, date: '2025-02-03', entityCount: 2, added: '2026-01-01T00:00:00Z' };

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the Library when the background does not answer', () => {
  it('says so after a while and lists the articles on "Try again"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let asked = 0;
    const never = new Promise<never>(() => undefined);
    const handlers: FakeHandlers = { 'library/list': () => (++asked === 1 ? never : { total: 1, entries: [entry] }) };
    const r = await renderWithDeps(
      <StatusProvider>
        <LibraryView />
      </StatusProvider>,
      { handlers },
    );
    expect(r.$('[data-library-state]')?.textContent).toBe('Loading the library…');
    await vi.advanceTimersByTimeAsync(ANSWER_WAIT_MS + 10);
    await r.settle();
    expect(r.$('[data-library-state]')?.textContent).toContain('did not answer');
    r.$<HTMLButtonElement>('[data-action="library-retry"]')?.focus();
    r.$('[data-action="library-retry"]')?.click();
    await r.settle();
    expect(asked).toBe(2);
    expect(r.$('[data-library-state]')?.textContent).toBe('1 stored article');
    expect(r.$('[data-action="library-retry"]')).toBeNull();
    // The button went as it was pressed: the keyboard focus is on the line that said why,
    // which now says what came (not on the page's body).
    expect(document.activeElement).toBe(r.$('[data-library-state]'));
  });

  it('says the list failed, not that it went unanswered, when an error came back, and offers to ask again', async () => {
    const handlers: FakeHandlers = { 'library/list': () => Promise.reject(new Error('the worker went away')) };
    const r = await renderWithDeps(
      <StatusProvider>
        <LibraryView />
      </StatusProvider>,
      { handlers },
    );
    await r.settle();
    // An error is not silence: the line says the listing failed and that nothing changed.
    const line = r.$('[data-library-state]')?.textContent ?? '';
    expect(line).not.toContain('did not answer');
    expect(line).toContain('could not be listed');
    expect(line).toContain('Nothing in your library was changed.');
    expect(r.$('[data-action="library-retry"]')).not.toBeNull();
  });
});
