import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeIndex } from '../core/types';

const notesForCard = vi.fn();
vi.mock('./store-setup', () => ({ notesForCard: (id: string | null, names: string[], origin: string | null) => notesForCard(id, names, origin) }));
const article = (id: string, url: string) => ({ id, title: `Article ${id}`, source: 'Wire', url, date: '2025-02-01' });
const mention = (articleId: string, sentence: string) => ({ articleId, sentence, start: 0, end: 5 });
const index: KnowledgeIndex = {
  version: 'v1',
  articles: [article('saved', 'https://news.example.com/a'), article('other', 'https://other.example/b')],
  entities: [
    { id: 'person:bezalel-smotrich', name: 'Bezalel Smotrich', type: 'person', aliases: ['Smotrich'], description: null, mentions: [], related: [] },
    { id: 'place:cairo', name: 'Cairo', type: 'place', aliases: ['Cairo'], description: null, mentions: [mention('saved', 'Cairo hosted talks.'), mention('other', 'Cairo sent envoys.')], related: [] },
    { id: 'place:doha', name: 'Doha', type: 'place', aliases: ['Doha'], description: null, mentions: [mention('saved', 'Doha waited.')], related: [] },
  ] as unknown as KnowledgeIndex['entities'],
  facts: [],
  topic: { weights: {}, threshold: 0.15 },
};
vi.mock('./knowledge-source', () => ({ currentKnowledge: async () => ({ index, matcher: {} }) }));
import { cardHandlers } from './card-handlers';

const entityCard = (req: { entityId: string | null; name: string; type: 'person' | 'place' }) =>
  cardHandlers['card/entity']!({ ...req, pageUrl: 'https://news.example.com/a' }, {});

describe('card/entity', () => {
  it("carries the user's notes on the stored entity, found by a name it is known under", async () => {
    notesForCard.mockResolvedValueOnce([{ id: 'n1', text: 'Leads Religious Zionism', created: '2025-02-05T08:00:00.000Z' }]);
    const card = await entityCard({ entityId: null, name: 'Smotrich', type: 'person' });
    // Asked by the entity and by every name it is known under (notes written on a name).
    expect(notesForCard).toHaveBeenLastCalledWith('person:bezalel-smotrich', ['Bezalel Smotrich', 'Smotrich'], null);
    // An inline card (asked by the page's content script): its site's notes only.
    notesForCard.mockResolvedValueOnce([]);
    await cardHandlers['card/entity']!({ entityId: null, name: 'Smotrich', type: 'person', pageUrl: 'https://news.example.com/a' }, { pageOrigin: 'https://news.example.com' });
    expect(notesForCard).toHaveBeenLastCalledWith('person:bezalel-smotrich', ['Bezalel Smotrich', 'Smotrich'], 'https://news.example.com');
    expect(card.notes).toEqual([{ id: 'n1', text: 'Leads Religious Zionism', created: '2025-02-05T08:00:00.000Z' }]);
  });

  it('shows the card without notes when the store fails, and a name known to no entity with the notes written on it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    notesForCard.mockRejectedValueOnce(new Error('store closed'));
    expect((await entityCard({ entityId: 'person:bezalel-smotrich', name: 'Bezalel Smotrich', type: 'person' })).notes).toEqual([]);
    const onName = { id: 'n2', text: 'Who is she?', created: '2025-02-05T08:00:00.000Z', term: 'Jane Roe' };
    notesForCard.mockResolvedValueOnce([onName]);
    const unknown = await entityCard({ entityId: null, name: 'Jane Roe', type: 'person' });
    expect(notesForCard).toHaveBeenLastCalledWith(null, ['Jane Roe'], null);
    expect(unknown).toMatchObject({ id: null, linked: false, notes: [onName] });
  });

  it("leaves out the page's own stored copy: a saved page is not its own backstory", async () => {
    notesForCard.mockResolvedValue([]);
    const cairo = await entityCard({ entityId: 'place:cairo', name: 'Cairo', type: 'place' });
    expect(cairo.mentions.map((m) => m.article.id)).toEqual(['other']);
    expect(cairo.savedHere).toBe(true);
    const doha = await entityCard({ entityId: 'place:doha', name: 'Doha', type: 'place' });
    expect(doha).toMatchObject({ linked: true, mentions: [], savedHere: true });
    const elsewhere = await cardHandlers['card/entity']!({ entityId: 'place:cairo', name: 'Cairo', type: 'place', pageUrl: 'https://third.example/c' }, {});
    expect(elsewhere.mentions.map((m) => m.article.id)).toEqual(['saved', 'other']);
    expect(elsewhere.savedHere).toBeUndefined();
  });
});

describe('findEntity', () => {
  it('takes the entity by id first, then one of the type known under the name or an alias, else none', async () => {
    const { findEntity } = await import('./card-handlers');
    // An id wins over a name another entity holds.
    expect(findEntity(index, 'place:doha', 'Cairo', 'place')?.id).toBe('place:doha');
    // An id the build no longer has falls back to the name.
    expect(findEntity(index, 'place:gone', 'Cairo', 'place')?.id).toBe('place:cairo');
    expect(findEntity(index, null, 'Smotrich', 'person')?.id).toBe('person:bezalel-smotrich');
    expect(findEntity(index, null, 'Smotrich', 'place')).toBeNull();
    expect(findEntity(index, null, 'Nobody', 'person')).toBeNull();
  });
});
