// The store's shape: one IndexedDB database owned by the background. Other contexts never
// open it; they ask the background through src/messaging. Versions and the steps between
// them are in migrations.ts.
import type { DBSchema } from 'idb';
import type { LibraryEntry, Note, Settings, StoredArticle } from '../core/records';
import type { KnowledgeIndex, MatcherPackage } from '../core/types';

export const DB_NAME = 'backstory';
export const DB_VERSION = 2;

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
}

export interface BackstoryDB extends DBSchema {
  /** v1; byTextHash from v2. */
  articles: { key: string; value: StoredArticle; indexes: { byUrl: string; byTextHash: string } };
  /** v1 (byPage); byEntity and byModified from v2. */
  notes: { key: string; value: Note; indexes: { byPage: string; byEntity: string; byModified: string } };
  /** v2: at most one record per build tag. */
  knowledge: { key: string; value: KnowledgeCacheRecord };
  /** v2: one record under SETTINGS_KEY; missing fields take the defaults. */
  settings: { key: string; value: Partial<Settings> };
  /** v2: counters; `libraryGeneration` goes up with every change to the articles. */
  meta: { key: string; value: number };
}

export type StoreName = 'articles' | 'notes' | 'knowledge' | 'settings' | 'meta';
export const ALL_STORES: StoreName[] = ['articles', 'notes', 'knowledge', 'settings', 'meta'];
export const SETTINGS_KEY = 'user';
export const GENERATION_KEY = 'libraryGeneration';
/** The generation the cached knowledge was built from, beside it (read before the record). */
export const CACHED_GENERATION_KEY = 'knowledgeGeneration';
/** Set once the bundled articles went in: deleting them later must not bring them back. */
export const SEEDED_KEY = 'seeded';
