import { describe, expect, it } from 'vitest';
import { article, note } from './test-records';
import { excerpt, TRASH_EXCERPT, trashSummary } from './trash-summary';

const stamp = { id: 't1', deletedAt: '2025-03-01T00:00:00.000Z' };

describe('trashSummary', () => {
  it('titles a note by its text, with its quote as the detail', () => {
    const n = note(1, { quote: 'the truce held' });
    expect(trashSummary({ ...stamp, kind: 'note', recordId: n.id, note: n })).toEqual({ ...stamp, kind: 'note', recordId: n.id, title: n.body.value, detail: 'the truce held' });
  });

  it('titles a note without text by its quote, with the page title as the detail; an empty note says so', () => {
    const quoted = note(1, { quote: 'the truce held', text: ' ' });
    expect(trashSummary({ ...stamp, kind: 'note', recordId: quoted.id, note: quoted })).toMatchObject({ title: 'the truce held', detail: 'Page 1' });
    const empty = note(2, { text: '' });
    expect(trashSummary({ ...stamp, kind: 'note', recordId: empty.id, note: empty })).toMatchObject({ title: '(empty note)', detail: 'Page 2' });
  });

  it('titles an article by its title, with its source; none without one', () => {
    const a = article(1);
    expect(trashSummary({ ...stamp, kind: 'article', recordId: a.id, article: a })).toEqual({ ...stamp, kind: 'article', recordId: a.id, title: a.title, detail: 'Wire' });
    const unsourced = { ...a, source: '' };
    expect(trashSummary({ ...stamp, kind: 'article', recordId: a.id, article: unsourced })).not.toHaveProperty('detail');
  });

  it('keeps an excerpt of a long note, never cutting a character in two', () => {
    const n = note(1, { text: 'word '.repeat(1000) });
    const row = trashSummary({ ...stamp, kind: 'note', recordId: n.id, note: n });
    expect(row.title.length).toBeLessThanOrEqual(TRASH_EXCERPT);
    expect(row.title.endsWith('word…')).toBe(true);
    const emoji = `${'a'.repeat(TRASH_EXCERPT - 2)}😀😀`;
    expect(excerpt(emoji)).toBe(`${'a'.repeat(TRASH_EXCERPT - 2)}…`);
    expect(excerpt('short')).toBe('short');
  });
});
