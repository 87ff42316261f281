// The line "Recently deleted" shows for a deleted note or article, worked out once when it
// is deleted (and by the v6 upgrade for entries kept before), so listing never reads the
// records themselves. A long note or title is cut to an excerpt here; the popup cuts the
// line again to its width.
import type { Note } from '../core/records';
import type { TrashEntry, TrashSummary } from './schema';

/** More than a popup line holds, and all a screen reader needs to tell rows apart. */
export const TRASH_EXCERPT = 200;

/** `text` cut to TRASH_EXCERPT characters with an ellipsis, never inside a surrogate pair. */
export function excerpt(text: string): string {
  if (text.length <= TRASH_EXCERPT) return text;
  let cut = text.slice(0, TRASH_EXCERPT - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A note's title is its text, else its quote; the detail what the title does not say. */
function noteLine(note: Note): { title: string; detail?: string } {
  const quote = note.target.selector?.[0].exact.trim();
  const text = note.body.value.trim();
  const detail = text ? quote || note.backstory.pageTitle : note.backstory.pageTitle;
  return { title: text || quote || '(empty note)', ...(detail && { detail }) };
}

export function trashSummary(entry: TrashEntry): TrashSummary {
  const line = entry.kind === 'note' ? noteLine(entry.note) : { title: entry.article.title, detail: entry.article.source };
  return {
    id: entry.id,
    kind: entry.kind,
    recordId: entry.recordId,
    deletedAt: entry.deletedAt,
    title: excerpt(line.title),
    ...(line.detail && { detail: excerpt(line.detail) }),
  };
}
