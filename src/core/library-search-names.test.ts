import { describe, expect, it } from 'vitest';
import { buildLibrarySearch, searchLibrary } from './library-search';
import { indexNames, namesIndex, type NamesPart, type SearchableEntity } from './library-search-names';

/** A small seeded generator: the same sequence every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const NAMES = ['Steve Witkoff', 'Yahya Sinwar', 'Keith Siegel', 'Ofer Kalderon', 'Doha', 'Rafah', 'Hamas', 'United Nations', 'Benjamin Netanyahu', 'Qatar'];

/** Everything a names part answers, in the build's numbering: which entities each indexed
 *  word (any prefix of one) finds, each entity's articles, each article's entities. */
function answers(part: NamesPart, articles: number): unknown {
  const words = new Map<string, number[]>();
  for (const p of part.parts) {
    p.index.words.forEach((w, i) => {
      const list = words.get(w) ?? [];
      for (let k = p.index.starts[i] ?? 0; k < (p.index.starts[i + 1] ?? 0); k++) {
        const ei = p.docs[p.index.docs[k] ?? 0] ?? -1;
        if (ei >= 0) list.push(ei);
      }
      if (list.length) words.set(w, list);
    });
  }
  const articlesOf = part.entityNames.map((_, ei) => {
    const docs: number[] = [];
    part.articlesOf(ei, (d) => docs.push(d));
    return docs.sort((a, b) => a - b);
  });
  return {
    words: [...words].map(([w, eis]) => [w, eis.sort((a, b) => a - b)]).sort(),
    names: part.entityNames,
    articlesOf,
    entitiesOf: Array.from({ length: articles }, (_, d) => part.entitiesOf(d)),
  };
}

/** A new build's entities: fresh objects and arrays, as knowledge builds them. */
const rebuilt = (entities: readonly SearchableEntity[]): SearchableEntity[] => entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: e.mentions.map((m) => ({ ...m })) }));

describe('names kept across library changes', () => {
  it('answer as a fresh index of every entity, through adds, deletes, renames, merges and moved mentions', () => {
    const next = random(13);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let library: string[] = [];
    let entities: SearchableEntity[] = [];
    let made = 0;
    let ids = 0;
    const kept = namesIndex();
    const mentioned = (): SearchableEntity[] => entities.filter((e) => e.mentions.length > 0);
    const indexedPerStep: number[] = [];
    let most = 0;
    for (let step = 0; step < 200; step++) {
      const roll = next();
      if (step === 0 || roll < 0.4 || !library.length) {
        // A saved article (newest first): mentions of some known entities, maybe a new one.
        const id = `a${made++}`;
        library = [id, ...library];
        if (!entities.length || next() < 0.7) entities.push({ id: `e${ids++}`, name: pick(NAMES), aliases: [], mentions: [] });
        for (let k = 0; k < 1 + Math.floor(next() * 3); k++) {
          const e = pick(entities);
          e.mentions = [...e.mentions, ...Array.from({ length: 1 + Math.floor(next() * 2) }, () => ({ articleId: id }))];
        }
      } else if (roll < 0.5) {
        // A deleted article: its mentions go; an entity left without any goes.
        const gone = pick(library);
        library = library.filter((id) => id !== gone);
        for (const e of entities) e.mentions = e.mentions.filter((m) => m.articleId !== gone);
      } else if (roll < 0.6 && entities.length) {
        // A rename or a new alias, with the same id (a longer form seen in a new article).
        const e = pick(entities);
        if (next() < 0.5) e.aliases = [...e.aliases, e.name];
        e.name = `${pick(NAMES)} ${step}`;
      } else if (roll < 0.7 && entities.length > 1) {
        // Two entities merge: one keeps the other's mentions and names, the other goes.
        const [a, b] = [pick(entities), pick(entities)];
        if (a && b && a !== b) {
          a.mentions = [...a.mentions, ...b.mentions];
          a.aliases = [...a.aliases, b.name, ...b.aliases];
          entities = entities.filter((e) => e !== b);
        }
      } else if (roll < 0.8 && entities.length > 1) {
        // One article's mentions move to another entity (resolved otherwise), names unchanged.
        const [a, b] = [pick(entities), pick(entities)];
        const moved = a?.mentions[0]?.articleId;
        if (a && b && a !== b && moved) {
          b.mentions = [...b.mentions, ...a.mentions.filter((m) => m.articleId === moved)];
          a.mentions = a.mentions.filter((m) => m.articleId !== moved);
        }
      } else if (roll < 0.9) {
        // The build lists its entities in another order.
        entities = [...entities].sort(() => next() - 0.5);
      } else if (entities.length) {
        // A mention of an article already named, out of order ("A, B, A").
        const e = pick(entities);
        const first = e.mentions[0];
        if (first) e.mentions = [...e.mentions, { ...first }];
      }
      entities = mentioned();
      most = Math.max(most, entities.length);
      // Several changes between two searches, now and then.
      if (step > 0 && next() < 0.2) continue;
      const build = rebuilt(entities);
      const before = kept.indexed();
      const part = kept.follow(library, build);
      indexedPerStep.push(kept.indexed() - before);
      expect(answers(part, library.length), `step ${step}`).toEqual(answers(indexNames(library, build), library.length));
      // And so the search's hits and the names each shows.
      const searched = (names: NamesPart | SearchableEntity[]) => {
        const index = buildLibrarySearch(library.map((id) => ({ id, title: '', source: '' })), names, []);
        return ['witkoff', 'si', 'doha qatar', 'united', 'n'].map((q) => {
          const found = searchLibrary(index, q);
          return found.hits.map((h) => `${h.doc}:${found.namesFor(h.doc, 9).join('+')}`);
        });
      };
      expect(searched(part), `step ${step}`).toEqual(searched(build));
    }
    // A change indexes the entities it touched, not all of them.
    expect(Math.max(...indexedPerStep.slice(1))).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(8);
  });

  it('indexes an entity again only when its names or its articles change', () => {
    const kept = namesIndex();
    const witkoff: SearchableEntity = { id: 'person:witkoff', name: 'Witkoff', aliases: ['Witkoff'], mentions: [{ articleId: 'a' }, { articleId: 'a' }] };
    const doha: SearchableEntity = { id: 'place:doha', name: 'Doha', aliases: ['Doha'], mentions: [{ articleId: 'a' }] };
    kept.follow(['a'], [witkoff, doha]);
    expect(kept.indexed()).toBe(2);
    // A new article that mentions neither, and a new build of the same entities.
    kept.follow(['b', 'a'], rebuilt([witkoff, doha]));
    expect(kept.indexed()).toBe(2);
    // The new article names him in full: renamed under the same id, found by the new name.
    const renamed = { ...witkoff, name: 'Steve Witkoff', aliases: ['Steve Witkoff', 'Witkoff'], mentions: [...witkoff.mentions, { articleId: 'b' }] };
    const part = kept.follow(['b', 'a'], [renamed, doha]);
    expect(kept.indexed()).toBe(3);
    const index = buildLibrarySearch([{ id: 'b', title: '', source: '' }, { id: 'a', title: '', source: '' }], part, []);
    const found = searchLibrary(index, 'steve');
    expect(found.hits.map((h) => [h.doc, found.namesFor(h.doc)])).toEqual([
      [0, ['Steve Witkoff']],
      [1, ['Steve Witkoff']],
    ]);
  });
});
