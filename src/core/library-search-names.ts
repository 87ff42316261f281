// The names part of the Library's search: entities' names (canonical and aliases) as a word
// index whose documents are entities, and which articles each entity is mentioned in. A
// library change touches few entities, but any of them (a new article can rename an entity
// older ones mention, merge two, add an alias), so the kept part follows each build's
// entities: one renamed has its names indexed again, one mentioned in new articles gets those
// articles added, one that lost an article (a delete, a merge) has its articles taken again,
// one gone is dropped; the rest cost a walk of their mentions. Indexing every entity afresh
// was ~30% of the first search after a save at 10k articles (scripts/bench-library-search.ts
// --change prints both ways).
//
// The documents and articles are numbered once (slots) and mapped to the build's entity
// order and library order per build, a pass over each list, as the text's segments are.
import { indexedWords } from './library-search-words';
import { segmentOf, textSegments } from './library-search-segments';
import { buildWordIndex, type WordIndex } from './word-index';

export interface SearchableEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Where it is mentioned (repeats allowed; an article's mentions mostly in a row). */
  mentions: readonly { articleId: string }[];
}

/** A word index with each of its documents' entity (or article) in this build (-1: gone). */
export interface SearchedPart {
  index: WordIndex;
  docs: Int32Array;
}

/** What searchLibrary reads of the names, entities numbered in the build's order. */
export interface NamesPart {
  parts: SearchedPart[];
  entityNames: string[];
  /** Each library document entity `ei` is mentioned in, once. */
  articlesOf(ei: number, each: (doc: number) => void): void;
  /** The entities document `doc` mentions, in the build's order. */
  entitiesOf(doc: number): number[];
}

const wordsOf = (e: SearchableEntity): string[] => indexedWords([e.name, ...e.aliases].join('\n'));

/** The articles an entity is mentioned in, once each, in mention order. */
function articlesIn(e: SearchableEntity): string[] {
  const out = new Set<string>();
  let last: string | undefined;
  for (const m of e.mentions) {
    // An entity's mentions of one article mostly come in a row: one look-up for the row.
    if (m.articleId === last) continue;
    last = m.articleId;
    out.add(last);
  }
  return [...out];
}

/** The names part built from nothing (tests compare the kept one with it). */
export function indexNames(articleIds: readonly string[], entities: readonly SearchableEntity[]): NamesPart {
  const docOf = new Map(articleIds.map((id, i) => [id, i]));
  const perArticle: number[][] = articleIds.map(() => []);
  const perEntity = entities.map((e, ei) =>
    articlesIn(e).flatMap((id) => {
      const d = docOf.get(id) ?? -1;
      perArticle[d]?.push(ei);
      return d >= 0 ? [d] : [];
    }),
  );
  return {
    parts: [{ index: buildWordIndex(entities.length, (ei) => (entities[ei] ? wordsOf(entities[ei]) : [])), docs: Int32Array.from(entities, (_, ei) => ei) }],
    entityNames: entities.map((e) => e.name),
    articlesOf: (ei, each) => perEntity[ei]?.forEach(each),
    entitiesOf: (doc) => perArticle[doc] ?? [],
  };
}

/** Do two lists hold the same strings in the same order? */
const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** `e`'s articles in mention order when they are `held`'s with some added (the common
 *  change: a saved article mentions it), with the added ones; null otherwise (one held is
 *  gone, or one is mentioned out of order). A walk of string compares: a look-up only for an
 *  article `held` does not have next, so an entity a save leaves alone costs no hashing. */
function addedTo(e: SearchableEntity, held: readonly string[], isHeld: (articleId: string) => boolean): { articles: string[]; added: string[] } | null {
  const articles: string[] = [];
  const added: string[] = [];
  let at = 0;
  let last: string | undefined;
  for (const m of e.mentions) {
    if (m.articleId === last) continue;
    last = m.articleId;
    if (held[at] === last) at++;
    else if (isHeld(last) || added.includes(last)) return null;
    else added.push(last);
    articles.push(last);
  }
  return at === held.length ? { articles, added } : null;
}

export interface NamesIndex {
  /** The names part for this build: `articleIds` in the library's order, `entities` in the
   *  build's. Entities are told apart by id (one id held twice keeps its first). */
  follow(articleIds: readonly string[], entities: readonly SearchableEntity[]): NamesPart;
  /** Entities indexed again so far (tests, benchmarks). */
  indexed(): number;
}

export function namesIndex(): NamesIndex {
  const segments = textSegments();
  /** Per entity id: the names and articles it was indexed with, and those articles' slots. */
  const held = new Map<string, { names: string[]; articles: string[]; slots: number[] }>();
  const slotOf = new Map<string, number>();
  /** Per article slot: the ids of the entities mentioned there. */
  const mentionedIn: Set<string>[] = [];
  let indexed = 0;

  const slot = (articleId: string): number => {
    let s = slotOf.get(articleId);
    if (s === undefined) {
      slotOf.set(articleId, (s = mentionedIn.length));
      mentionedIn.push(new Set());
    }
    return s;
  };
  const drop = (id: string): void => {
    for (const s of held.get(id)?.slots ?? []) mentionedIn[s]?.delete(id);
    held.delete(id);
  };

  return {
    indexed: () => indexed,
    follow(articleIds, entities) {
      const current = new Map<string, SearchableEntity>();
      for (const e of entities) if (!current.has(e.id)) current.set(e.id, e);
      for (const id of [...held.keys()]) if (!current.has(id)) drop(id);
      const renamed: string[] = [];
      for (const [id, e] of current) {
        const was = held.get(id);
        const names = [e.name, ...e.aliases];
        if (was && !same(was.names, names)) renamed.push(id);
        const grown = was && addedTo(e, was.articles, (articleId) => mentionedIn[slotOf.get(articleId) ?? -1]?.has(id) === true);
        if (was && grown) {
          // Only new articles: theirs are added, the rest stay.
          was.names = names;
          was.articles = grown.articles;
          for (const s of grown.added.map(slot)) {
            mentionedIn[s]?.add(id);
            was.slots.push(s);
          }
          continue;
        }
        drop(id);
        const articles = articlesIn(e);
        const slots = articles.map(slot);
        for (const s of slots) mentionedIn[s]?.add(id);
        held.set(id, { names, articles, slots });
      }
      // Renamed entities' documents die; the ones no live document holds are indexed.
      segments.forget(renamed);
      const missing = segments.follow([...current.keys()]);
      if (missing.length) segments.add(segmentOf(missing.map((id) => ({ id, words: current.get(id) ? wordsOf(current.get(id) as SearchableEntity) : [] }))));
      indexed += missing.length;

      const eiOf = new Map<string, number>();
      entities.forEach((e, ei) => eiOf.has(e.id) || eiOf.set(e.id, ei));
      const docOfSlot = new Int32Array(mentionedIn.length).fill(-1);
      const slotOfDoc = articleIds.map((id) => slotOf.get(id) ?? -1);
      slotOfDoc.forEach((s, d) => s >= 0 && (docOfSlot[s] = d));
      const slotsOf = entities.map((e) => held.get(e.id)?.slots ?? []);
      return {
        parts: segments.segments().map((seg) => ({ index: seg.index, docs: Int32Array.from(seg.ids, (id) => eiOf.get(id) ?? -1) })),
        entityNames: entities.map((e) => e.name),
        articlesOf(ei, each) {
          for (const s of slotsOf[ei] ?? []) {
            const d = docOfSlot[s] ?? -1;
            if (d >= 0) each(d);
          }
        },
        entitiesOf(doc) {
          const ids = mentionedIn[slotOfDoc[doc] ?? -1] ?? [];
          return [...ids].map((id) => eiOf.get(id) ?? -1).filter((ei) => ei >= 0).sort((a, b) => a - b);
        },
      };
    },
  };
}
