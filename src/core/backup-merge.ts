// Import, step two: decide what of a checked file is new. Exact duplicates are skipped:
// an article with a known id, URL or text; a note with a known id or the same content
// (page, quote, entity, text). Pure, so the background runs it inside the one write
// transaction with the keys it read there.
import type { ImportData } from './backup-validate';
import type { ImportReport, Note, Settings, StoredArticle } from './records';
import { textHash } from './text-hash';

export interface ExistingKeys {
  articleIds: Set<string>;
  urls: Set<string>;
  textHashes: Set<string>;
  noteIds: Set<string>;
  noteContent: Set<string>;
}

export interface MergePlan {
  articles: StoredArticle[];
  notes: Note[];
  settings?: Settings;
  report: ImportReport;
}

export function noteContentKey(note: Note): string {
  return [note.target.source, note.target.selector?.[0].exact ?? '', note.backstory.entityId ?? '', note.body.value].join('\u0000');
}

export function planMerge(existing: ExistingKeys, data: ImportData, now: string): MergePlan {
  const articles: StoredArticle[] = [];
  const notes: Note[] = [];
  let skippedArticles = 0;
  let skippedNotes = 0;
  for (const a of data.articles) {
    // The hash is recomputed: a file's own claim about it is not trusted.
    const hash = textHash(a.paragraphs);
    const known = existing.articleIds.has(a.id) || (a.url !== null && existing.urls.has(a.url)) || existing.textHashes.has(hash);
    // Skipped or added, its keys now count as present: a later copy in the file is a duplicate too.
    existing.articleIds.add(a.id);
    if (a.url !== null) existing.urls.add(a.url);
    existing.textHashes.add(hash);
    if (known) skippedArticles++;
    else articles.push({ ...a, textHash: hash, added: a.added ?? now });
  }
  for (const n of data.notes) {
    const key = noteContentKey(n);
    const known = existing.noteIds.has(n.id) || existing.noteContent.has(key);
    existing.noteIds.add(n.id);
    existing.noteContent.add(key);
    if (known) skippedNotes++;
    else notes.push(n);
  }
  return {
    articles,
    notes,
    settings: data.settings,
    report: {
      added: { articles: articles.length, notes: notes.length },
      skipped: { articles: skippedArticles, notes: skippedNotes },
      settingsReplaced: data.settings !== undefined,
    },
  };
}
