import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../../tests/support/fake-session';
import type { NoteEditorDraft } from '../core/note-drafts';

vi.mock('../platform/background-api', async () => {
  const { fakeSession: s } = await import('../../tests/support/fake-session');
  return { ext: { storage: { session: s.area } } };
});
const { createDraftHandlers } = await import('./draft-handlers');

const URL_ = 'https://news.example/story';
const draft = (text: string): NoteEditorDraft => ({ target: { kind: 'entity', entityId: 'org:hamas', name: 'Hamas' }, text });

describe('notes/draft-get and notes/draft-keep', () => {
  let clock = 0;
  const handlers = createDraftHandlers(() => ++clock);
  const keep = (pageUrl: string, d: NoteEditorDraft | null) => handlers['notes/draft-keep']({ pageUrl, draft: d }, {});
  const get = (pageUrl: string) => handlers['notes/draft-get']({ pageUrl }, {});

  beforeEach(() => fakeSession.clear());

  it('keeps a page’s draft in storage.session and gives it back, until it is forgotten', async () => {
    expect(await get(URL_)).toBeNull();
    await keep(URL_, draft('Who leads'));
    await keep(URL_, draft('Who leads it now?'));
    expect(await get(URL_)).toEqual(draft('Who leads it now?'));
    expect(await get('https://news.example/other')).toBeNull();
    expect(Object.keys(fakeSession.items)).toEqual(['note-drafts']);
    await keep(URL_, null);
    expect(await get(URL_)).toBeNull();
  });

  it('keeps one draft per page whatever its fragment, and still reads one kept under the full address', async () => {
    await keep(`${URL_}#section-2`, draft('Who leads'));
    expect(await get(URL_)).toEqual(draft('Who leads'));
    expect(await get(`${URL_}#other`)).toEqual(draft('Who leads'));
    expect(await get(`${URL_}?page=2`)).toBeNull();
    await keep(URL_, draft('Who leads it now?'));
    expect(await get(`${URL_}#section-2`)).toEqual(draft('Who leads it now?'));
    expect(Object.keys(fakeSession.items['note-drafts'] as object)).toEqual([URL_]);

    // Kept under the full address (before drafts were keyed without the fragment).
    fakeSession.clear();
    await fakeSession.area.set({ 'note-drafts': { [`${URL_}#top`]: { ...draft('Kept before'), at: 1 } } });
    expect(await get(URL_)).toEqual(draft('Kept before'));
    expect(await get(`${URL_}#top`)).toEqual(draft('Kept before'));
    await keep(`${URL_}#top`, draft('Kept before, and now'));
    expect(fakeSession.items['note-drafts']).toEqual({ [URL_]: { ...draft('Kept before, and now'), at: expect.any(Number) } });
    await fakeSession.area.set({ 'note-drafts': { [`${URL_}#top`]: { ...draft('Kept before'), at: 1 } } });
    await keep(URL_, null);
    expect(await get(`${URL_}#top`)).toBeNull();
  });

  it('loses neither of two pages’ drafts kept at once', async () => {
    await Promise.all([keep(URL_, draft('one')), keep('https://news.example/two', draft('two'))]);
    expect((await get(URL_))?.text).toBe('one');
    expect((await get('https://news.example/two'))?.text).toBe('two');
  });

  it('refuses a request without a page or with a malformed draft', async () => {
    await expect(handlers['notes/draft-get']({} as { pageUrl: string }, {})).rejects.toThrow(/pageUrl/);
    await expect(handlers['notes/draft-keep']({ pageUrl: URL_, draft: { text: 1 } as unknown as NoteEditorDraft }, {})).rejects.toThrow(/target, text/);
    expect(fakeSession.items).toEqual({});
  });

  it('finds the draft of the page a tab shows, without looking the tab up when none is kept', async () => {
    const pageOf = vi.fn(async (tabId: number | 'active'): Promise<string | null> => (tabId === 'active' || tabId === 3 ? URL_ : null));
    const forTab = createDraftHandlers(() => ++clock, pageOf)['notes/draft-for-tab'];
    expect(await forTab({ tabId: 'active' }, {})).toBeNull();
    expect(pageOf).not.toHaveBeenCalled();
    await keep(URL_, draft('Who leads'));
    expect(await forTab({ tabId: 'active' }, {})).toEqual({ pageUrl: URL_, draft: draft('Who leads') });
    expect(await forTab({ tabId: 3 }, {})).toEqual({ pageUrl: URL_, draft: draft('Who leads') });
    // The tab's page reached by a link to one of its sections.
    pageOf.mockResolvedValueOnce(`${URL_}#section`);
    expect(await forTab({ tabId: 3 }, {})).toEqual({ pageUrl: `${URL_}#section`, draft: draft('Who leads') });
    // A tab whose page cannot be told, or on a page without a draft.
    expect(await forTab({ tabId: 4 }, {})).toBeNull();
    pageOf.mockResolvedValueOnce('https://news.example/other');
    expect(await forTab({ tabId: 3 }, {})).toBeNull();
    await expect(forTab({ tabId: 'x' } as unknown as { tabId: number }, {})).rejects.toThrow(/tabId/);
  });
});
