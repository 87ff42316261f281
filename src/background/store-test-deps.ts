// Stand-ins for the store tests: a knowledge builder that finds two names by plain
// search (the real one is tested in src/core), and a broadcast that records messages.
import type { Article, Entity, KnowledgeIndex, MatcherPackage } from '../core/types';
import type { Knowledge } from './knowledge-source';

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
