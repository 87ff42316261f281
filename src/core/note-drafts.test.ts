import { describe, expect, it } from 'vitest';
import { DRAFTS_CHARS, MAX_DRAFTS, draftOf, readDrafts, withDraft, type KeptDrafts } from './note-drafts';

const page = (n: number): string => `https://news.example/${n}`;
const onPage = (text: string) => ({ target: { kind: 'page' as const }, text });

describe('note drafts', () => {
  it('keeps one draft per page, the latest text replacing the one before', () => {
    let drafts = withDraft({}, page(1), onPage('Ask a'), 1);
    drafts = withDraft(drafts, page(1), onPage('Ask about'), 2);
    drafts = withDraft(drafts, page(2), { target: { kind: 'entity', entityId: 'org:hamas', name: 'Hamas' }, text: 'Who leads it?' }, 3);
    expect(draftOf(drafts, page(1))).toEqual(onPage('Ask about'));
    expect(draftOf(drafts, page(2))).toEqual({ target: { kind: 'entity', entityId: 'org:hamas', name: 'Hamas' }, text: 'Who leads it?' });
    expect(draftOf(drafts, page(3))).toBeNull();
  });

  it('forgets a page’s draft for null or a blank text, and leaves the others', () => {
    let drafts = withDraft(withDraft({}, page(1), onPage('one'), 1), page(2), onPage('two'), 2);
    drafts = withDraft(drafts, page(1), null, 3);
    expect(draftOf(drafts, page(1))).toBeNull();
    drafts = withDraft(drafts, page(2), onPage('  \n'), 4);
    expect(drafts).toEqual({});
  });

  it(`keeps the ${MAX_DRAFTS} most recently kept pages’ drafts`, () => {
    let drafts: KeptDrafts = {};
    for (let n = 0; n < MAX_DRAFTS + 5; n++) drafts = withDraft(drafts, page(n), onPage(`note ${n}`), n);
    drafts = withDraft(drafts, page(0), onPage('note 0 again'), 100); // the oldest, kept again
    expect(Object.keys(drafts)).toHaveLength(MAX_DRAFTS);
    expect(draftOf(drafts, page(0))?.text).toBe('note 0 again');
    expect(draftOf(drafts, page(1))).toBeNull();
    expect(draftOf(drafts, page(5))).toBeNull();
    expect(draftOf(drafts, page(6))?.text).toBe('note 6');
  });

  it('stays within DRAFTS_CHARS, older drafts going first, and refuses one longer on its own', () => {
    const long = 'x'.repeat(DRAFTS_CHARS / 3);
    let drafts: KeptDrafts = {};
    for (let n = 0; n < 4; n++) drafts = withDraft(drafts, page(n), onPage(long), n);
    expect(JSON.stringify(drafts).length).toBeLessThanOrEqual(DRAFTS_CHARS + 100);
    expect(Object.keys(drafts).sort()).toEqual([page(2), page(3)]);
    expect(() => withDraft(drafts, page(9), onPage('y'.repeat(DRAFTS_CHARS)), 9)).toThrow(/at most/);
  });

  it('reads back only what has a draft’s shape', () => {
    expect(readDrafts(undefined)).toEqual({});
    expect(readDrafts('junk')).toEqual({});
    expect(readDrafts([onPage('a')])).toEqual({});
    const good = { ...onPage('kept'), at: 5 };
    const read = readDrafts({ [page(1)]: good, [page(2)]: { target: { kind: 'nope' }, text: 'x', at: 1 }, [page(3)]: { text: 'no target', at: 1 } });
    expect(read).toEqual({ [page(1)]: good });
  });
});
