// Requests about what the store keeps: notes, the article library, settings, export and
// import. Every write is one transaction (src/storage); what goes in is checked first.
// After a library change the knowledge is rebuilt and open tabs are told to refetch their
// matcher ({ backstory: 'matcher-changed' }); after a settings change, { backstory:
// 'settings-changed' }; after a note is written or removed, { backstory: 'notes-changed' }
// so pages re-anchor their note highlights.
import * as v from 'valibot';
import { checkArticleInputs } from '../core/article-input';
import { isSiteOff, withSiteOff } from '../core/off-sites';
import { backupToJson, notesToJsonLd, notesToMarkdown } from '../core/backup-format';
import { articleSchema, formatIssues, HOST_MESSAGE, isHttpUrl, isSiteHost, LIMITS, noteSchema, settingsPatchSchema } from '../core/backup-schemas';
import { parseImport } from '../core/backup-validate';
import { groupedCount } from '../core/grouped-number';
import { entityLookup } from '../core/entity-lookup';
import type { Entity } from '../core/types';
import type { ExportFile, ExportFormat, ImportOutcome, ImportReport, LibraryEntry, Note, NoteDraft, Settings, StoredArticle } from '../core/records';
import { foldedWords } from '../core/library-search';
import { textHash } from '../core/text-hash';
import { BACKUP_PART_CHARS } from '../messaging/backup-parts';
import type { CardNote, LibraryChange } from '../messaging/contract';
import type { Handlers, Sender } from '../messaging/handle';
import { addArticles, deleteArticle, restoreArticle, type AddResult } from '../storage/articles';
import { applyImport, readSnapshot } from '../storage/backup-store';
import { wipeStore, type Store } from '../storage/db';
import { deleteNote, listNotes, noteFromDraft, notesOnEntity, putNote, restoreNote, updateNote } from '../storage/notes';
import { changeSettings, getSettings, setSettings } from '../storage/settings';
import type { StoreKnowledgeSource } from './store-knowledge-source';
import { isOfOrigin, pageSettings } from './page-senders';
import { createBackupParts, type BackupParts } from './backup-parts';
import { createLibrarySearch } from './library-search';
import { createTrashHandlers } from './store-trash-handlers';

const nameIn = (byId: ReadonlyMap<string, Entity>) => (id: string): string | undefined => byId.get(id)?.name;

export type TabMessage = { backstory: 'matcher-changed' } | { backstory: 'settings-changed' } | { backstory: 'notes-changed' };

export interface StoreDeps {
  db: () => Promise<Store>;
  knowledge: StoreKnowledgeSource;
  /** Send a message to the content scripts of every open tab. */
  broadcast: (message: TabMessage) => Promise<void>;
  /** A tab's top frame starts a run on `pageUrl`: what the tab reported of another page is
   *  the page before's. */
  pageStarted?: (tabId: number, pageUrl: string) => Promise<void>;
  now?: () => string;
  newId?: () => string;
  /** Where backups too large for one message are held (tests give a small part size). */
  parts?: BackupParts;
}

/** Throws one error whose message lists every problem, one per line. */
function check<T extends v.GenericSchema>(schema: T, value: unknown, root: string): v.InferOutput<T> {
  const got = v.safeParse(schema, value, { abortEarly: false });
  if (!got.success) throw new Error(formatIssues(got.issues, root).join('\n'));
  return got.output;
}

// Grouped as the import's limits are worded ("100,000", not "100000").
const NOTE_TEXT_TOO_LONG = `text: expected at most ${groupedCount(LIMITS.noteText)} characters of text`;

function checkDraft(d: NoteDraft): void {
  if (typeof d.text !== 'string' || d.text.length > LIMITS.noteText) throw new Error(NOTE_TEXT_TOO_LONG);
  if (d.term !== undefined && typeof d.term !== 'string') throw new Error('term: expected text');
  if (typeof d.pageUrl !== 'string' || !isHttpUrl(d.pageUrl)) throw new Error('pageUrl: expected an http(s) URL');
}

const EXPORTS: Record<ExportFormat, { ext: string; mime: string; name: string }> = {
  backup: { ext: 'json', mime: 'application/json', name: 'backstory-backup' },
  jsonld: { ext: 'jsonld', mime: 'application/ld+json', name: 'backstory-notes' },
  markdown: { ext: 'md', mime: 'text/markdown', name: 'backstory-notes' },
};

export function createStoreHandlers(deps: StoreDeps): Partial<Handlers> {
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? (() => `urn:uuid:${crypto.randomUUID()}`);
  const parts = deps.parts ?? createBackupParts(BACKUP_PART_CHARS);
  const search = createLibrarySearch(deps.db, deps.knowledge);

  /** Rebuild now (so the answer reflects the change), then tell the tabs. */
  async function libraryChanged(): Promise<LibraryEntry[]> {
    deps.knowledge.invalidate();
    const library = await deps.knowledge.library();
    await deps.broadcast({ backstory: 'matcher-changed' });
    return library;
  }

  /** Open tabs re-anchor their note highlights; passes the note through for the answer
   *  (stored is stored: a failed broadcast does not cost it). */
  async function notesChanged<T>(result: T): Promise<T> {
    await afterCommit(() => deps.broadcast({ backstory: 'notes-changed' }));
    return result;
  }

  /** Open tabs apply the new settings; passes them through for the answer. */
  async function settingsChanged(settings: Settings): Promise<Settings> {
    await afterCommit(() => deps.broadcast({ backstory: 'settings-changed' }));
    return settings;
  }

  const entriesFor = (library: LibraryEntry[], ids: Set<string>): LibraryEntry[] => library.filter((e) => ids.has(e.id));

  /** What runs after a committed write (rebuild, broadcasts) must not answer "nothing
   *  changed": its failure becomes a notice beside the answer. The knowledge was marked
   *  stale first, so the next request that needs it builds it again. */
  async function afterCommit<T>(work: () => Promise<T>): Promise<{ value?: T; notice?: string }> {
    try {
      return { value: await work() };
    } catch (err) {
      console.warn('Backstory: after a stored change', err);
      const why = err instanceof Error ? err.message : String(err);
      return { notice: `Stored, but the update after it failed (${why}): the new names will show after the next rebuild, which runs when a page or the popup next asks.` };
    }
  }

  /** The answer to an add or a restore, after the rebuild when anything went in. */
  async function libraryChange(result: AddResult): Promise<LibraryChange> {
    const skipped = result.skipped.map((s) => ({ title: s.article.title, reason: s.reason }));
    const after = await afterCommit(() => (result.added.length ? libraryChanged() : deps.knowledge.library()));
    if (after.value) return { added: entriesFor(after.value, new Set(result.added.map((a) => a.id))), skipped };
    // Without a build, the stored articles as they are, with no entities counted yet.
    const added = result.added.map(({ id, title, source, url, date, added: at }) => ({ id, title, source, url, date, added: at, entityCount: 0 }));
    return { added, skipped, notice: after.notice };
  }

  /** One host added to or taken off offSites, read and written in one transaction: the
   *  popup and a hover card may switch sites at the same time, and neither undoes the other. */
  async function switchSite(host: unknown, change: (offSites: string[], host: string) => string[]): Promise<Settings> {
    if (typeof host !== 'string' || !isSiteHost(host)) throw new Error(`host: ${HOST_MESSAGE}`);
    return settingsChanged(await changeSettings(await deps.db(), (stored) => ({ offSites: change(stored.offSites, host.toLowerCase()) })));
  }

  /** The settings as the asker may see them: a web page learns no other site that is off. */
  const shown = (settings: Settings, sender: Sender): Settings => (sender.pageOrigin == null ? settings : pageSettings(settings, sender.url));

  /** The notes as the asker may see them: a web page only its own origin's, and a page with
   *  an opaque origin (a sandboxed document, whatever its URL) none. */
  const seen = (notes: Note[], sender: Sender): Note[] => {
    const origin = sender.pageOrigin;
    return origin == null ? notes : notes.filter((note) => isOfOrigin(note.target.source, origin));
  };

  /** The current knowledge's entities by id, for the Markdown export (names) and an
   *  entity's notes (its names): one reading of the index for both, the map made once per
   *  build (core/entity-lookup, which hover cards share). Empty when the knowledge cannot be
   *  had (`use` says for what): the export then gives ids, and an entity's list the notes
   *  made on it, rather than failing. */
  async function entitiesById(use: string): Promise<ReadonlyMap<string, Entity>> {
    try {
      return entityLookup((await deps.knowledge.get()).index.entities).byId;
    } catch (err) {
      console.warn(`Backstory: the entities for ${use}`, err);
      return new Map();
    }
  }

  /** The names entity `id` is known by (none when it is gone from the knowledge). */
  async function namesOf(id: string | undefined): Promise<string[]> {
    const entity = id ? (await entitiesById('the notes of an entity')).get(id) : undefined;
    return entity ? [entity.name, ...entity.aliases] : [];
  }

  return {
    ...createTrashHandlers({ db: deps.db, now, newId, notesChanged, libraryChange }),
    'notes/list': async (req, sender) => {
      const names = req.scope === 'entity' ? await namesOf(req.entityId) : [];
      return seen(await listNotes(await deps.db(), req, names), sender);
    },
    'notes/create': async (req) => {
      checkDraft(req);
      if (req.selector) check(noteSchema.entries.target, { source: req.pageUrl, selector: req.selector }, '');
      // The note as it will be stored must pass the schema that undo and import apply.
      const note = check(noteSchema, noteFromDraft(req, now(), newId()), 'note') as Note;
      return notesChanged(await putNote(await deps.db(), note));
    },
    'notes/update': async (req, sender) => {
      if (req.text !== undefined && (typeof req.text !== 'string' || req.text.length > LIMITS.noteText)) throw new Error(NOTE_TEXT_TOO_LONG);
      if (req.selector !== undefined) check(noteSchema.entries.target, { source: 'https://re.anchored/', selector: req.selector }, '');
      // A web page re-anchors only the notes of its own site.
      const origin = sender.pageOrigin;
      const mayChange = origin ? (note: Note) => isOfOrigin(note.target.source, origin) : undefined;
      return notesChanged(await updateNote(await deps.db(), req.id, { text: req.text, selector: req.selector }, now(), mayChange));
    },
    'notes/delete': async (req) => {
      const gone = await deleteNote(await deps.db(), req.id, { id: newId(), at: now() });
      return gone ? notesChanged(gone) : null;
    },
    'notes/restore': async (req) => {
      const back = await restoreNote(await deps.db(), check(noteSchema, req, 'note') as Note, newId);
      return 'restored' in back ? notesChanged(back) : back;
    },

    'library/list': async (req) => {
      const offset = req.offset ?? 0;
      if (typeof req.query === 'string' && foldedWords(req.query).length) return search.find(req.query, offset, req.limit);
      const all = await deps.knowledge.library();
      // The Library's first page (not a count: limit 0): the reader may search next.
      if (offset === 0 && req.limit !== 0) search.warm();
      return { total: all.length, entries: all.slice(offset, offset + (req.limit ?? all.length)) };
    },
    'library/add': async (req) => {
      const checked = checkArticleInputs(req.articles, now());
      if (!checked.ok) throw new Error(checked.errors.join('\n'));
      return libraryChange(await addArticles(await deps.db(), checked.articles));
    },
    'library/delete': async (req) => {
      const gone = await deleteArticle(await deps.db(), req.id, { id: newId(), at: now() });
      if (gone) search.forget([req.id]);
      // Deleted is deleted: a failed rebuild must not cost the answer that undo needs.
      if (gone) await afterCommit(libraryChanged);
      return gone;
    },
    'library/restore': async (req) => {
      const article = check(articleSchema, req, 'article');
      const stored: StoredArticle = { ...article, textHash: textHash(article.paragraphs), added: article.added ?? now() };
      return libraryChange(await restoreArticle(await deps.db(), stored));
    },

    'settings/get': async () => getSettings(await deps.db()),
    'page/start': async (req, sender) => {
      const db = await deps.db();
      const pageUrl = typeof req.pageUrl === 'string' ? req.pageUrl : null;
      const started = pageUrl !== null && sender.tabId !== undefined ? deps.pageStarted?.(sender.tabId, pageUrl) : undefined;
      const [settings, notes] = await Promise.all([getSettings(db), pageUrl === null ? null : listNotes(db, { scope: 'page', pageUrl }), started]);
      return { settings: shown(settings, sender), notes: notes && seen(notes, sender) };
    },
    'settings/site-off': async (req, sender) => shown(await switchSite(req.host, (sites, host) => withSiteOff(sites, host)), sender),
    'settings/site-on': async (req) => switchSite(req.host, (sites, host) => sites.filter((site) => !isSiteOff([site], host))),
    'settings/set': async (req) => {
      return settingsChanged(await setSettings(await deps.db(), check(settingsPatchSchema, req, 'settings')));
    },

    'backup/export': async (req) => {
      const form = EXPORTS[req.format];
      if (!form) throw new Error(`Unknown export format: ${String(req.format)}`);
      // The sample articles are stored at the knowledge's first build: a backup taken
      // right after install holds them too.
      if (req.format === 'backup') await deps.knowledge.get();
      const db = await deps.db();
      const at = now();
      // The notes formats read only the notes: the articles can be most of the store.
      const text = req.format === 'backup' ? backupToJson(await readSnapshot(db), at) : req.format === 'jsonld' ? notesToJsonLd(await db.getAll('notes')) : notesToMarkdown(await db.getAll('notes'), nameIn(await entitiesById('the Markdown export')));
      const file: ExportFile = { text, mime: form.mime, filename: `${form.name}-${at.slice(0, 10)}.${form.ext}` };
      const kept = parts.keepExport(text);
      if (kept.parts.length === 1) return file;
      return { ...file, text: kept.parts[0] ?? '', paged: { id: kept.id, parts: kept.parts.length, length: text.length } };
    },
    'backup/export-part': async (req) => ({ text: parts.exportPart(req.id, req.index) }),
    'backup/import-part': async (req) => {
      parts.stageImport(req.id, req.index, req.count, req.text);
      return null;
    },
    'backup/import': async (req): Promise<ImportOutcome> => {
      const text = 'staged' in req ? parts.takeImport(req.staged) : req.text;
      if (typeof text !== 'string') return { ok: false, errors: ['(file): expected text'] };
      const parsed = parseImport(text, { skipInvalid: req.skipInvalid === true });
      if (!parsed.ok) return parsed;
      let report: ImportReport;
      try {
        report = await applyImport(await deps.db(), parsed.data, now());
      } catch (err) {
        return { ok: false, errors: [err instanceof Error ? err.message : String(err)] };
      }
      // Committed: from here on a failure is a notice, not "nothing changed".
      const after = await afterCommit(async () => {
        if (report.added.articles || report.renamed.articles) await libraryChanged();
        if (report.settingsReplaced) await deps.broadcast({ backstory: 'settings-changed' });
        if (report.added.notes) await deps.broadcast({ backstory: 'notes-changed' });
      });
      return after.notice ? { ok: true, report, notice: after.notice } : { ok: true, report };
    },
    'store/wipe': async (req) => {
      if (req.confirm !== 'wipe-everything') throw new Error('store/wipe needs { confirm: "wipe-everything" }');
      await wipeStore(await deps.db());
      search.forget();
      // Wiped is wiped: each step after it is tried, and none fails the answer.
      await afterCommit(libraryChanged);
      await afterCommit(() => deps.broadcast({ backstory: 'settings-changed' }));
      await afterCommit(() => deps.broadcast({ backstory: 'notes-changed' }));
      return null;
    },
  };
}

/** Notes on an entity, for its hover card (newest first): made on it (`entityId`; null for a
 *  name no stored article has) or written on one of `names`; asked by a web page (`origin`),
 *  only the notes made on that site's pages. */
export async function entityNotes(db: Store, entityId: string | null, origin: string | null = null, limit = 5, names: readonly string[] = []): Promise<CardNote[]> {
  const all = (await notesOnEntity(db, entityId, names)).sort((a, b) => b.modified.localeCompare(a.modified));
  const notes = (origin === null ? all : all.filter((n) => isOfOrigin(n.target.source, origin))).slice(0, limit);
  return notes.map((n) => ({ id: n.id, text: n.body.value, created: n.created, ...(n.backstory.term && { term: n.backstory.term }) }));
}
