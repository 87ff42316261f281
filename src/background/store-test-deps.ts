// Stand-ins for the store tests: a knowledge builder that finds two names by plain
// search (the real one is tested in src/core), and a broadcast that records messages.
// storeHarness needs IndexedDB: a test using it imports 'fake-indexeddb/auto' first.
import type { ImportOutcome } from '../core/records';
import type { Article, Entity, KnowledgeIndex, MatcherPackage } from '../core/types';
import type { RequestKind, Requests } from '../messaging/contract';
import { dispatch, type Sender } from '../messaging/handle';
import { openStore } from '../storage/db';
import { freshName } from '../storage/test-records';
import type { BackupParts } from './backup-parts';
import type { Knowledge } from './knowledge-source';
import { createStoreHandlers, type TabMessage } from './store-handlers';
import { createStoreKnowledgeSource } from './store-knowledge-source';

export const NAMES: [id: string, name: string][] = [
  ['org:hamas', 'Hamas'],
  ['person:steve-witkoff', 'Witkoff'],
];

export function fakeBuild(articles: Article[]): Knowledge & { builds: number } {
  fakeBuild.calls++;
  const entities: Entity[] = NAMES.map(([id, name]) => ({
    id, name, type: id.startsWith('org') ? 'org' : 'person', aliases: [name], description: null, related: [],
    mentions: articles.filter((a) => a.paragraphs.join(' ').includes(name)).map((a) => ({ articleId: a.id, sentence: a.paragraphs[0] ?? '', start: 0, end: 1 })),
  }));
  const version = `v${articles.length}-${articles.map((a) => a.id).join(',')}`;
  const index: KnowledgeIndex = { version, articles: articles.map(({ id, title, source, url, date }) => ({ id, title, source, url, date })), entities, facts: [], topic: { weights: {}, threshold: 1 } };
  const matcher: MatcherPackage = { version, entities: entities.map(({ id, name, type }) => ({ id, name, type })), aliases: [], lexicon: [], nonNames: [], topic: index.topic };
  return { index, matcher, builds: fakeBuild.calls };
}
fakeBuild.calls = 0;

/** The store handlers over a fresh database, asked through the real dispatcher as a
 *  message would arrive (from `sender`: an extension page unless told). `build` replaces the
 *  knowledge builder (to make it fail), `now` the clock, `bundled` the sample articles;
 *  `failBroadcast` makes every broadcast to the tabs reject (after a committed write).
 *  `sent` lists the tab messages, `started` the pages a tab's top frame started. */
export function storeHarness(opts: { build?: (articles: Article[]) => Knowledge; now?: () => string; parts?: BackupParts; bundled?: Article[]; failBroadcast?: boolean } = {}) {
  const db = openStore(freshName());
  const sent: TabMessage[] = [];
  const started: [number, string][] = [];
  let ids = 0;
  const knowledge = createStoreKnowledgeSource({ db: () => db, loadBundled: async () => opts.bundled ?? [], build: opts.build ?? fakeBuild, tag: 't' });
  const handlers = createStoreHandlers({
    db: () => db,
    knowledge,
    broadcast: async (m) => {
      sent.push(m);
      if (opts.failBroadcast) throw new Error('no tab answered');
    },
    pageStarted: async (tabId, url) => void started.push([tabId, url]),
    now: opts.now ?? (() => '2025-02-05T08:00:00.000Z'),
    newId: () => `urn:uuid:test-${++ids}`,
    parts: opts.parts,
  });
  async function ask<K extends RequestKind>(kind: K, req: Requests[K]['req'], sender: Sender = {}): Promise<Requests[K]['res']> {
    const reply = await dispatch(handlers, { backstory: 1, kind, req }, sender);
    if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
    return reply.res as Requests[K]['res'];
  }
  async function askError(kind: RequestKind, req: unknown, sender: Sender = {}): Promise<string> {
    const reply = await dispatch(handlers, { backstory: 1, kind, req }, sender);
    if (!reply || reply.ok) throw new Error('expected an error reply');
    return reply.error;
  }
  /** Export a backup, wipe the store, import the backup: what the import answers. */
  async function roundTrip(): Promise<ImportOutcome> {
    const backup = await ask('backup/export', { format: 'backup' });
    await ask('store/wipe', { confirm: 'wipe-everything' });
    return ask('backup/import', { text: backup.text });
  }
  return { ask, askError, roundTrip, sent, started, db };
}
