// A tiny notes store for the Notes view's tests, with the background's semantics, and the
// popup opened on its Notes panel.
import type { Note, NoteDraft, NoteQuery } from '../core/records';
import type { TextPositionSelector, TextQuoteSelector } from '../core/types';
import type { PageSummary } from '../messaging/contract';
import { App } from './app';
import { click, renderWithDeps, type FakeHandlers } from './test-deps';

export const URL_ = 'https://news.example/story';
export const SELECTOR: [TextQuoteSelector, TextPositionSelector] = [
  { type: 'TextQuoteSelector', exact: 'the talks would go on', prefix: 'said ', suffix: ' through' },
  { type: 'TextPositionSelector', start: 120, end: 141 },
];
export const SUMMARY: PageSummary = {
  url: URL_,
  title: 'A story',
  topic: { score: 0.3, onTopic: true, threshold: 0.15, top: [] },
  terms: [{ entityId: 'org:hamas', name: 'Hamas', kind: 'org', linked: true, count: 2, text: 'Hamas' }],
  numbers: [],
  related: [],
};

/** A tiny in-memory notes store with the background's semantics. */
export function notesStore(initial: Note[] = []) {
  let notes = [...initial];
  let n = 0;
  const queries: NoteQuery[] = [];
  const drafts: NoteDraft[] = [];
  const handlers: FakeHandlers = {
    'page/summary': () => SUMMARY,
    'notes/list': (q) => {
      queries.push(q);
      return notes.filter((x) => (q.scope === 'page' ? x.target.source === q.pageUrl : q.scope === 'entity' ? x.backstory.entityId === q.entityId : true)).filter((x) => !q.query || x.body.value.toLowerCase().includes(q.query.toLowerCase()));
    },
    'notes/create': (d) => {
      drafts.push(d);
      const note = makeNote(`urn:uuid:new-${++n}`, d.text, { entityId: d.entityId, selector: d.selector, term: d.term });
      notes = [note, ...notes];
      return note;
    },
    'notes/update': (u) => {
      const note = notes.find((x) => x.id === u.id);
      if (!note) throw new Error('no such note');
      note.body.value = u.text ?? note.body.value;
      return note;
    },
    'notes/delete': ({ id }) => {
      const gone = notes.find((x) => x.id === id) ?? null;
      notes = notes.filter((x) => x.id !== id);
      return gone;
    },
    'notes/restore': (note) => {
      if (notes.some((x) => x.body.value === note.body.value)) return { skipped: 'same-note' };
      notes = [note, ...notes];
      return { restored: note };
    },
    // Settings lists it; the Recently deleted tests have their own (settings-trash.test.tsx).
    'trash/list': () => [],
  };
  return { handlers, queries, drafts, all: () => notes };
}

export function makeNote(id: string, text: string, extra: { entityId?: string; selector?: Note['target']['selector']; term?: string } = {}): Note {
  return {
    id,
    type: 'Annotation',
    created: '2026-03-01T10:00:00Z',
    modified: '2026-03-01T10:00:00Z',
    body: { type: 'TextualBody', value: text, format: 'text/plain' },
    target: extra.selector ? { source: URL_, selector: extra.selector } : { source: URL_ },
    backstory: { ...(extra.entityId && { entityId: extra.entityId }), pageTitle: 'A story', ...(extra.term && { term: extra.term }) },
  };
}

export async function openNotes(handlers: FakeHandlers, tab = {}) {
  const r = await renderWithDeps(<App />, { handlers, tab });
  await click(r.$('[data-tab="notes"]'));
  return r;
}
