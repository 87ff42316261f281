// A note written on a page-only name is that entity's note once the library knows the name,
// through the real handlers: listed with the entity's notes in the popup and on its card,
// and no longer once the article that named it is gone. Read when asked, so always current.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Note } from '../core/records';
import type { Article, Entity, KnowledgeIndex, MatcherPackage } from '../core/types';
import type { Knowledge } from './knowledge-source';
import { entityNotes } from './store-handlers';
import { storeHarness } from './store-test-deps';

const PAGE = 'https://news.example.com/madrid';
const ID = 'person:pedro-sanchez';
const SANCHEZ = { title: 'Sánchez meets envoys', url: 'https://wire.example/sanchez', source: 'Wire', date: '2025-02-04', text: 'Pedro Sánchez met the envoys in Madrid. Sánchez said talks go on.' };

/** Knows Pedro Sánchez (also "Sánchez") only while a stored article names him. */
function build(articles: Article[]): Knowledge {
  const naming = articles.filter((a) => a.paragraphs.join(' ').includes('Sánchez'));
  const entities: Entity[] = naming.length
    ? [{ id: ID, name: 'Pedro Sánchez', type: 'person', aliases: ['Pedro Sánchez', 'Sánchez'], description: null, related: [], mentions: naming.map((a) => ({ articleId: a.id, sentence: a.paragraphs[0] ?? '', start: 0, end: 5 })) }]
    : [];
  const version = `v-${articles.map((a) => a.id).join(',')}`;
  const index: KnowledgeIndex = { version, articles: articles.map(({ id, title, source, url, date }) => ({ id, title, source, url, date })), entities, facts: [], topic: { weights: {}, threshold: 1 } };
  const matcher: MatcherPackage = { version, entities: entities.map(({ id, name, type }) => ({ id, name, type })), aliases: [], lexicon: [], nonNames: [], topic: index.topic };
  return { index, matcher };
}

const selector = (exact: string): NonNullable<Note['target']['selector']> => [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start: 10, end: 10 + exact.length }];

describe('a note on a page-only name', () => {
  it("joins the entity's notes once a stored article names it, and leaves them when it is gone", async () => {
    let minute = 0;
    const { ask, db } = storeHarness({ build, now: () => `2025-02-05T08:${String(minute++).padStart(2, '0')}:00.000Z` });
    // The page writes the name without its accent, in capitals: the library's join is blind to both.
    const onName = await ask('notes/create', { text: 'Ask about the budget', pageUrl: PAGE, selector: selector('SANCHEZ'), term: 'SANCHEZ' });
    expect(onName.backstory.term).toBe('SANCHEZ');
    await ask('notes/create', { text: 'Plain selection', pageUrl: PAGE, selector: selector('Sanchez') });
    await ask('notes/create', { text: 'Another name', pageUrl: PAGE, selector: selector('Feijóo'), term: 'Feijóo' });
    const entityList = async (): Promise<string[]> => (await ask('notes/list', { scope: 'entity', entityId: ID })).map((n) => n.body.value);
    expect(await entityList()).toEqual([]);

    const added = await ask('library/add', { articles: [SANCHEZ] });
    expect(await entityList()).toEqual(['Ask about the budget']);
    const names = ['Pedro Sánchez', 'Sánchez'];
    expect(await entityNotes(await db, ID, null, 5, names)).toEqual([{ id: onName.id, text: 'Ask about the budget', created: onName.created, term: 'SANCHEZ' }]);
    // An inline card on another site sees none of this page's notes.
    expect(await entityNotes(await db, ID, 'https://other.example', 5, names)).toEqual([]);

    // Made on the entity and written on its name: both, newest first, each once.
    await ask('notes/create', { text: 'On the entity', pageUrl: PAGE, entityId: ID });
    expect(await entityList()).toEqual(['On the entity', 'Ask about the budget']);

    await ask('library/delete', { id: added.added[0]!.id });
    expect(await entityList()).toEqual(['On the entity']);
    expect((await ask('notes/list', { scope: 'all' })).map((n) => n.body.value)).toContain('Ask about the budget');
  });

  it('keeps its name through a backup (export, wipe, import)', async () => {
    const { ask, roundTrip } = storeHarness({ build });
    await ask('notes/create', { text: 'Ask about the budget', pageUrl: PAGE, selector: selector('Sanchez'), term: 'Sanchez' });
    await ask('library/add', { articles: [SANCHEZ] });
    expect(await roundTrip()).toMatchObject({ ok: true, report: { added: { articles: 1, notes: 1 } } });
    expect((await ask('notes/list', { scope: 'entity', entityId: ID })).map((n) => n.backstory)).toEqual([{ term: 'Sanchez' }]);
  });

  it('the Markdown export and the entity\'s list read its names from one knowledge; without it, ids and the notes made on it', async () => {
    let fail = false;
    const failing = (articles: Article[]): Knowledge => {
      if (fail) throw new Error('no build');
      return build(articles);
    };
    const { ask } = storeHarness({ build: failing });
    await ask('library/add', { articles: [SANCHEZ] });
    await ask('notes/create', { text: 'On the entity', pageUrl: PAGE, entityId: ID });
    await ask('notes/create', { text: 'On a name', pageUrl: PAGE, selector: selector('sánchez'), term: 'sánchez' });
    const entityList = async (): Promise<string[]> => (await ask('notes/list', { scope: 'entity', entityId: ID })).map((n) => n.body.value).sort();
    expect(await entityList()).toEqual(['On a name', 'On the entity']);
    expect((await ask('backup/export', { format: 'markdown' })).text).toContain('Pedro Sánchez');

    fail = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await ask('library/add', { articles: [{ ...SANCHEZ, url: 'https://wire.example/again', text: 'Sánchez again.' }] });
    expect(await entityList()).toEqual(['On the entity']);
    const md = (await ask('backup/export', { format: 'markdown' })).text;
    expect(md).toContain(ID);
    expect(md).not.toContain('Pedro Sánchez');
    warn.mockRestore();
  });

  it('refuses a name that is not text', async () => {
    const { askError } = storeHarness({ build });
    expect(await askError('notes/create', { text: 'x', pageUrl: PAGE, selector: selector('Sanchez'), term: 7 })).toBe('term: expected text');
  });
});
