// The notes the popup is in the middle of writing, kept so that one survives the toolbar
// popup closing (a click on the page closes it) and comes back when the popup opens on the
// same page again. One draft per page address; the background keeps them in
// storage.session (draft-handlers.ts), so they last the browser session and no longer.
import type { Note } from './records';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** What a note in the editor is about: the page, a name on it, the selected text, or an
 *  existing note being edited. */
export type EditorTarget =
  | { kind: 'page' }
  | { kind: 'entity'; entityId: string; name: string }
  /** `name`: the page-only term whose first mention this is ("Note" on "This page"). */
  | { kind: 'selection'; selector: [TextQuoteSelector, TextPositionSelector]; name?: string }
  | { kind: 'edit'; note: Note };

/** A note being written: what it is about and its text so far. */
export interface NoteEditorDraft {
  target: EditorTarget;
  text: string;
}

/** Every page's draft by page address, each with when it was last kept. */
export type KeptDrafts = Record<string, NoteEditorDraft & { at: number }>;

/** Drafts of this many pages at most: the least recently kept go first. */
export const MAX_DRAFTS = 20;
/** All drafts together, in characters of their JSON (a small share of storage.session's
 *  10 MB, which page reports and the card stash use: session-room.ts). */
export const DRAFTS_CHARS = 256 * 1024;

const KINDS: ReadonlySet<string> = new Set(['page', 'entity', 'selection', 'edit']);

/** Whether `value` has a draft's shape (the editor's target is not checked further: only the
 *  extension's own pages may keep a draft, and the editor shows what it was given). */
export function isNoteEditorDraft(value: unknown): value is NoteEditorDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { target, text } = value as { target?: unknown; text?: unknown };
  return typeof text === 'string' && typeof target === 'object' && target !== null && KINDS.has((target as { kind?: unknown }).kind as string);
}

/** The stored drafts as read back (anything else reads as none). */
export function readDrafts(stored: unknown): KeptDrafts {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const drafts: KeptDrafts = {};
  for (const [url, d] of Object.entries(stored as Record<string, unknown>)) {
    if (isNoteEditorDraft(d) && typeof (d as { at?: unknown }).at === 'number') drafts[url] = d as KeptDrafts[string];
  }
  return drafts;
}

/** `pageUrl`'s draft, without when it was kept; null when there is none. */
export function draftOf(drafts: KeptDrafts, pageUrl: string): NoteEditorDraft | null {
  const kept = drafts[pageUrl];
  return kept ? { target: kept.target, text: kept.text } : null;
}

/** `drafts` with `pageUrl`'s draft replaced by `draft`, or gone for null or a blank text;
 *  then the least recently kept go until MAX_DRAFTS and DRAFTS_CHARS hold. Throws for one
 *  draft longer than DRAFTS_CHARS on its own. */
export function withDraft(drafts: KeptDrafts, pageUrl: string, draft: NoteEditorDraft | null, now: number): KeptDrafts {
  const next: KeptDrafts = { ...drafts };
  delete next[pageUrl];
  if (draft === null || !draft.text.trim()) return next;
  const kept = { target: draft.target, text: draft.text, at: now };
  const size = (url: string, d: unknown): number => url.length + JSON.stringify(d).length;
  if (size(pageUrl, kept) > DRAFTS_CHARS) throw new Error(`A note draft of at most ${DRAFTS_CHARS} characters is kept`);
  next[pageUrl] = kept;
  const oldestFirst = Object.entries(next).sort(([, a], [, b]) => a.at - b.at);
  let count = oldestFirst.length;
  let chars = oldestFirst.reduce((n, [url, d]) => n + size(url, d), 0);
  for (const [url, d] of oldestFirst) {
    if (count <= MAX_DRAFTS && chars <= DRAFTS_CHARS) break;
    if (url === pageUrl) continue;
    delete next[url];
    count -= 1;
    chars -= size(url, d);
  }
  return next;
}
