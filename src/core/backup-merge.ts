// Import, step two: decide what of a checked file is new, by the rules library/add uses.
// Duplicates are skipped: an article with a known URL or text; a note with the same
// content (page, quote, entity, name written on, text). An article that is new but whose id another holds
// goes in under a free id (and is counted as renamed); a note whose id is known with other content is a conflict: the
// stored one is kept, and the report counts it. Pure, so the background runs it inside the
// one write transaction with the keys it read there.
import { suffixedId } from './article-input';
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

/** What makes two notes the same note: page, quote, entity, the name it was written on
 *  (`term`: the same text on two names is two notes, each on its own entity's card), text. */
export function noteContentKey(note: Note): string {
  return [note.target.source, note.target.selector?.[0].exact ?? '', note.backstory.entityId ?? '', note.backstory.term ?? '', note.body.value].join('\u0000');
}

/** The id, or (when taken) the first of id-2, id-3, … that is free. As storage/articles.ts does. */
function freeId(taken: ReadonlySet<string>, id: string): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) {
    const next = suffixedId(id, n);
    if (!taken.has(next)) return next;
  }
}

export function planMerge(existing: ExistingKeys, data: ImportData, now: string): MergePlan {
  const articles: StoredArticle[] = [];
  const notes: Note[] = [];
  let renamedArticles = 0;
  let skippedArticles = 0;
  let skippedNotes = 0;
  let conflictingNotes = 0;
  for (const a of data.articles) {
    // The hash is recomputed: a file's own claim about it is not trusted.
    const hash = textHash(a.paragraphs);
    const known = (a.url !== null && existing.urls.has(a.url)) || existing.textHashes.has(hash);
    // Skipped or added, its keys now count as present: a later copy in the file is a duplicate too.
    if (a.url !== null) existing.urls.add(a.url);
    existing.textHashes.add(hash);
    if (known) {
      skippedArticles++;
      continue;
    }
    const id = freeId(existing.articleIds, a.id);
    if (id !== a.id) renamedArticles++;
    existing.articleIds.add(id);
    articles.push({ ...a, id, textHash: hash, added: a.added ?? now });
  }
  for (const n of data.notes) {
    const key = noteContentKey(n);
    if (existing.noteContent.has(key)) skippedNotes++;
    else if (existing.noteIds.has(n.id)) conflictingNotes++;
    else notes.push(n);
    existing.noteIds.add(n.id);
    existing.noteContent.add(key);
  }
  return {
    articles,
    notes,
    settings: data.settings,
    report: {
      added: { articles: articles.length - renamedArticles, notes: notes.length },
      renamed: { articles: renamedArticles },
      skipped: { articles: skippedArticles, notes: skippedNotes },
      conflicts: { notes: conflictingNotes },
      settingsReplaced: data.settings !== undefined,
      // Left out before the merge (skipInvalid): said with what it did.
      ...(data.invalid ? { invalid: data.invalid } : {}),
      ...(data.termsDropped ? { termsDropped: data.termsDropped } : {}),
    },
  };
}
