// The store's shape: one IndexedDB database owned by the background. Other contexts never
// open it; they ask the background through src/messaging. Versions and the steps between
// them are in migrations.ts.
import type { DBSchema } from 'idb';
import type { LibraryEntry, Note, Settings, StoredArticle } from '../core/records';
import type { WordIndex } from '../core/library-search';
import type { KeptFindings } from '../core/findings-kept';
import type { KnowledgeIndex, MatcherPackage } from '../core/types';

export const DB_NAME = 'backstory';
export const DB_VERSION = 6;

/** The knowledge built from the articles: derived, so it may be dropped and rebuilt at any
 *  time. Keyed by the build tag (extension version), so a new release rebuilds it. */
export interface KnowledgeCacheRecord {
  tag: string;
  /** The library generation it was built from (see `meta.libraryGeneration`). */
  generation: number;
  builtAt: string;
  index: KnowledgeIndex;
  matcher: MatcherPackage;
  /** The library list the popup shows, newest first (summaries, entity counts). */
  library: LibraryEntry[];
  /** Each listed article's text hash, in the list's order (the search checks what it kept
   *  against them). Missing in records written before v3: such a record is built again. */
  textHashes?: string[];
}

/** What the index build found in articles (core/knowledge ArticleFindings), kept so a
 *  restarted worker's first library change reads only the new articles. Articles go to one
 *  of FINDINGS_BUCKETS chunks by id: Chromium reads a few large records back ~9× faster than
 *  one per article (0.9 s against 7–8 s at 10k articles), and a save rewrites one chunk.
 *  Derived: an entry is valid only for the same article hash, lexicon and build tag
 *  (core/kept-entry), and read only in the form it was written in (`format`). */
export interface FindingsChunk {
  bucket: number;
  tag: string;
  lexiconKey: string;
  /** core/findings-kept's FINDINGS_FORMAT; missing in chunks written before 2026-12-05,
   *  whose entries held the findings as built (`findings`, a sentence per mention). */
  format?: number;
  entries: { id: string; hash: string; kept: KeptFindings }[];
}

/** The Library search's text index (core/library-search-segments), kept so the first search
 *  after a start does not read every article again. Each document carries the text hash of
 *  the article it indexed: an id deleted and stored again with other text is read again. */
export interface SearchTextRecord {
  tag: string;
  segments: { ids: string[]; hashes: string[]; index: WordIndex }[];
}

/** A deleted note or article, kept so "Recently deleted" can put it back (storage/trash.ts).
 *  `id` is the entry's own (a record deleted, restored and deleted again is two entries);
 *  `recordId` the note's or article's id, by which an undo finds its entry. */
export type TrashEntry = { id: string; recordId: string; deletedAt: string } & ({ kind: 'note'; note: Note } | { kind: 'article'; article: StoredArticle });

/** What the "Recently deleted" list shows of an entry, stored beside it under the same id
 *  (v6; storage/trash-summary.ts): listing reads these few hundred bytes a row, not the
 *  deleted records (IndexedDB clones every value it reads, an article's whole text too).
 *  `title` and `detail` are excerpts, cut at TRASH_EXCERPT characters. */
export interface TrashSummary {
  id: string;
  kind: TrashEntry['kind'];
  recordId: string;
  deletedAt: string;
  title: string;
  detail?: string;
}

export interface BackstoryDB extends DBSchema {
  /** v1; byTextHash from v2. */
  articles: { key: string; value: StoredArticle; indexes: { byUrl: string; byTextHash: string } };
  /** v1 (byPage); byEntity and byModified from v2; byTerm from v4. */
  notes: { key: string; value: Note; indexes: { byPage: string; byEntity: string; byModified: string; byTerm: string } };
  /** v2: at most one record per build tag. */
  knowledge: { key: string; value: KnowledgeCacheRecord };
  /** v2: one record under SETTINGS_KEY; missing fields take the defaults. */
  settings: { key: string; value: Partial<Settings> };
  /** v2: counters; `libraryGeneration` goes up with every change to the articles. */
  meta: { key: string; value: number };
  /** v3: one record per bucket (0 … FINDINGS_BUCKETS - 1). */
  findings: { key: number; value: FindingsChunk };
  /** v3: at most one record, under SEARCH_TEXT_KEY. */
  search: { key: string; value: SearchTextRecord };
  /** v5: recently deleted notes and articles; not in backups, emptied by a wipe. Its
   *  indexes (byDeletedAt, byRecord) moved to trashRows in v6. */
  trash: { key: string; value: TrashEntry };
  /** v6: one summary per trash entry, under the entry's id, written and deleted with it. */
  trashRows: { key: string; value: TrashSummary; indexes: { byDeletedAt: string; byRecord: string } };
}

export type StoreName = 'articles' | 'notes' | 'knowledge' | 'settings' | 'meta' | 'findings' | 'search' | 'trash' | 'trashRows';
export const ALL_STORES: StoreName[] = ['articles', 'notes', 'knowledge', 'settings', 'meta', 'findings', 'search', 'trash', 'trashRows'];
export const SEARCH_TEXT_KEY = 'text';
export const FINDINGS_BUCKETS = 32;
export const SETTINGS_KEY = 'user';
export const GENERATION_KEY = 'libraryGeneration';
/** The generation the cached knowledge was built from, beside it (read before the record). */
export const CACHED_GENERATION_KEY = 'knowledgeGeneration';
/** Set once the bundled articles went in: deleting them later must not bring them back. */
export const SEEDED_KEY = 'seeded';
