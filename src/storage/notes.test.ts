import { describe, expect, it } from 'vitest';
import { LIMITS } from '../core/backup-schemas';
import type { NoteDraft } from '../core/records';
import { noteFromDraft } from './notes';

const NOW = '2025-02-05T08:00:00.000Z';
const selector: NonNullable<NoteDraft['selector']> = [{ type: 'TextQuoteSelector', exact: 'Kassif' }, { type: 'TextPositionSelector', start: 3, end: 9 }];
const draft = (over: Partial<NoteDraft>): NoteDraft => ({ text: 'Who is he?', pageUrl: 'https://news.example.com/a#top', ...over });

describe('noteFromDraft', () => {
  it('keeps the page-only name a selection note is on, trimmed and cut to the stored length', () => {
    expect(noteFromDraft(draft({ selector, term: ' Ofer Kassif ' }), NOW, 'n1').backstory).toEqual({ term: 'Ofer Kassif' });
    // A name over a line break in the page's text is kept on one line.
    expect(noteFromDraft(draft({ selector, term: 'Ofer\n  Kassif' }), NOW, 'n1').backstory).toEqual({ term: 'Ofer Kassif' });
    expect(noteFromDraft(draft({ selector, term: 'K'.repeat(LIMITS.term + 5) }), NOW, 'n1').backstory.term).toHaveLength(LIMITS.term);
  });

  it('keeps no name on a note made on an entity, on the page, or given a blank one', () => {
    expect(noteFromDraft(draft({ selector, term: 'Kassif', entityId: 'person:ofer-kassif' }), NOW, 'n1').backstory).toEqual({ entityId: 'person:ofer-kassif' });
    expect(noteFromDraft(draft({ term: 'Kassif' }), NOW, 'n1').backstory).toEqual({});
    expect(noteFromDraft(draft({ selector, term: '  ' }), NOW, 'n1').backstory).toEqual({});
    expect(noteFromDraft(draft({ selector }), NOW, 'n1').backstory).toEqual({});
  });
});
