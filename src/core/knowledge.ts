// The knowledge index: what the stored articles say, built once in the background and kept
// as plain data. Entities (found per article, grouped into aliases across articles) with
// their descriptions, mentions and co-occurring entities; facts; the topic profile.
//
//   articles → findEntities (per article) → groupAliases (all) → entities
//            → findDescriptions, splitSentences → description, mentions, related
//            → extractFacts → facts;  buildTopicProfile → topic
// Background only: it reads places.ts (the whole country table) when no lexicon is given.

import { knownAsPairs, mergeKnownAs } from './alias-known-as';
import { writtenAfterOr } from './acronym-or-apposition';
import { aliasKey, linkKey } from './alias-key';
import { ArticleCache } from './article-cache';
import { groupAliases, type AliasGroup } from './aliases';
import { defaultLexicon } from './default-lexicon';
import { compileLexicon, findDescriptions, findEntities } from './entities';
import { extractFacts } from './facts';
import { withOwnerNames } from './figure-owner-names';
import { ORG_ACRONYMS } from './org-acronyms';
import { demonyms, placeLexicon, placeVariants } from './places';
import { splitSentences } from './segment';
import { isVesselMention, storedVessels } from './stored-vessels';
import { withPairedQuotes } from './sentence-around';
import { buildTopicProfile } from './topic';
import type { Article, Entity, EntityMention, EntityType, Fact, KnowledgeIndex, SentenceRef } from './types';

export interface LexiconInput {
  lexicon: readonly (readonly [string, EntityType])[];
  nonNames: readonly string[];
}

/** Related entities kept per entity: as many as the hover card lists, their only reader
 *  (the card used to cut this index's 12 to 8, and nothing read the other 4). */
export const RELATED_KEPT = 8;

/** "Benjamin Netanyahu" → "benjamin-netanyahu" (accents dropped, one dash between words). */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** FNV-1a (32-bit) over strings, as 8 hex digits: cheap, pure, stable across contexts. */
export function fnv1a(parts: Iterable<string>): string {
  let h = 0x811c9dc5;
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1f; // separator, so ["ab","c"] ≠ ["a","bc"]
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Everything an article's findings and the index's version depend on. */
function* articleParts(a: Article): Generator<string> {
  yield a.id;
  yield a.title;
  yield a.source;
  yield a.url ?? '';
  yield a.date;
  yield* a.paragraphs;
}

function* lexiconParts(input: LexiconInput): Generator<string> {
  for (const [name, type] of input.lexicon) yield `${name}|${type}`;
  yield* input.nonNames;
}

interface Located {
  mention: EntityMention;
  /** Sentence containing the mention, and the mention's offsets inside it. */
  ref: SentenceRef;
  description: string | undefined;
  sentenceKey: string;
}

/** What one article yields on its own: its mentions with their sentences and descriptions,
 *  its facts, and its text's length (offsets are made unique across articles with it). */
export interface ArticleFindings {
  located: Located[];
  facts: Fact[];
  length: number;
  /** Product names the article shows ("Black Hawk"); absent in findings cached before. */
  products?: string[];
}

/** Kept by the caller between builds, so a build re-reads only new or changed articles. */
export type KnowledgeCache = ArticleCache<ArticleFindings>;
export const createKnowledgeCache = (): KnowledgeCache => new ArticleCache<ArticleFindings>();

function findings(article: Article, lexicon: ReturnType<typeof compileLexicon>): ArticleFindings {
  const text = article.paragraphs.join('\n\n');
  // One reading of the names serves the entities and whose each figure is.
  const products = new Set<string>();
  const mentions = findEntities(text, lexicon, products);
  const found: ArticleFindings = { located: locate(article, text, mentions), facts: extractFacts(article, mentions), length: text.length };
  if (products.size > 0) found.products = [...products];
  return found;
}

/** Mentions of one article with their sentences and descriptions. */
function locate(article: Article, text: string, mentions: EntityMention[]): Located[] {
  const descriptions = findDescriptions(text, mentions);
  const sentences = splitSentences(text);
  const out: Located[] = [];
  let s = 0;
  mentions.forEach((m, i) => {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= m.start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > m.start) return;
    out.push({
      mention: m,
      // A sentence cut from a longer quotation would show a “ that never closes.
      ref: { articleId: article.id, ...withPairedQuotes(sentence.text, m.start - sentence.start, m.end - sentence.start) },
      description: descriptions.get(i),
      sentenceKey: `${article.id}:${sentence.start}`,
    });
  });
  return out;
}

/** The description most often given, the fuller one on a tie. */
function bestDescription(found: string[]): string | null {
  const counts = new Map<string, number>();
  for (const d of found) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [d, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && d.length > best.length)) {
      best = d;
      bestCount = c;
    }
  }
  return best;
}

/** An acronym the store never spells out gets its expansion as its name ("UN" → "United
 *  Nations"); an acronym group and its spelled-out group become one. */
function expandAcronyms(groups: AliasGroup[]): AliasGroup[] {
  const byName = new Map(groups.map((g) => [g.canonical, g]));
  const out: AliasGroup[] = [];
  for (const g of groups) {
    const expansion = g.type === 'org' ? ORG_ACRONYMS.get(aliasKey(g.canonical)) : undefined;
    if (expansion === undefined) {
      if (!out.includes(g)) out.push(g);
      continue;
    }
    const target = byName.get(expansion);
    if (target) {
      for (const a of g.aliases) if (!target.aliases.includes(a)) target.aliases.push(a);
      if (!out.includes(target)) out.push(target);
    } else {
      const renamed = { ...g, canonical: expansion, aliases: [expansion, ...g.aliases] };
      byName.set(expansion, renamed);
      out.push(renamed);
    }
  }
  return out.filter((g, i) => out.indexOf(g) === i);
}

function entityIds(groups: AliasGroup[]): string[] {
  const used = new Set<string>();
  return groups.map((g) => {
    const base = `${g.type}:${slug(g.canonical) || 'x'}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  });
}

/** Build the whole index from stored articles (background side; pure). With a `cache` kept
 *  from earlier builds, only articles it has not seen (or whose text changed) are read.
 *  Without `lexicon`, names are read with the default one (default-lexicon.ts). */
export function buildKnowledge(articles: Article[], lexicon?: LexiconInput, cache?: KnowledgeCache): KnowledgeIndex {
  const input: LexiconInput = lexicon ?? { lexicon: placeLexicon(), nonNames: demonyms() };
  const lex = lexicon ? compileLexicon(input.lexicon, input.nonNames, placeVariants()) : defaultLexicon();
  const read = (a: Article): ArticleFindings => findings(a, lex);
  const lexiconKey = fnv1a(lexiconParts(input));
  cache?.begin(lexiconKey);
  const keys = articles.map((a) => fnv1a(articleParts(a)));
  const found = articles.map((a, i) => (cache ? cache.get(a.id, keys[i] ?? '', () => read(a)) : read(a)));
  cache?.end();
  const texts = articles.map((a) => a.paragraphs.join('\n\n'));
  const vessels = storedVessels(texts.map((text, i) => ({ text, products: found[i]?.products })));
  const craft = (l: Located, i: number): boolean => isVesselMention(vessels, l.mention.canonical, i, texts[i] ?? '', l.mention.start);
  const located = found.flatMap((f, i) => f.located.filter((l) => !craft(l, i)));

  // Offsets made unique across articles, as groupAliases compares them ("Name (ABC)").
  const shifted: EntityMention[] = [];
  const afterOr = new Set<number>(); // "…, or ERCOT," (acronym-or-apposition.ts)
  const knownAs = found.flatMap((f, i) => knownAsPairs(texts[i] ?? '', f.located.map((l) => l.mention))); // alias-known-as
  let base = 0;
  for (const [i, f] of found.entries()) {
    if (f.located.length === 0) continue;
    for (const l of f.located) if (!craft(l, i)) shifted.push({ ...l.mention, start: l.mention.start + base, end: l.mention.end + base });
    for (const l of f.located) if (writtenAfterOr(texts[i] ?? '', l.mention.start, l.mention.text)) afterOr.add(l.mention.start + base);
    base += f.length + 2;
  }
  const groups = mergeKnownAs(expandAcronyms(groupAliases(shifted, lex, afterOr)), knownAs);
  const ids = entityIds(groups);
  // Keyed as groupAliases keys its forms: case and accents aside ("Erdogan" finds "Erdoğan").
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    for (const a of g.aliases) {
      const key = linkKey(a).toLowerCase();
      if (!groupOf.has(key)) groupOf.set(key, i);
    }
  });

  const entities: Entity[] = groups.map((g, i) => ({
    id: ids[i] ?? '',
    name: g.canonical,
    type: g.type,
    aliases: [...new Set(g.aliases.map((a) => aliasKey(a)).concat(g.aliases))].filter((a) => a !== ''),
    description: null,
    mentions: [],
    related: [],
  }));
  const descriptions: string[][] = groups.map(() => []);
  const bySentence = new Map<string, Set<number>>();
  for (const l of located) {
    const gi = groupOf.get(linkKey(l.mention.canonical).toLowerCase());
    const e = gi === undefined ? undefined : entities[gi];
    if (gi === undefined || !e) continue;
    e.mentions.push(l.ref);
    if (l.description) descriptions[gi]?.push(l.description);
    let set = bySentence.get(l.sentenceKey);
    if (!set) bySentence.set(l.sentenceKey, (set = new Set()));
    set.add(gi);
  }
  entities.forEach((e, i) => {
    e.description = bestDescription(descriptions[i] ?? []);
  });

  // Related: entities sharing sentences, most shared first.
  const related = entities.map(() => new Map<number, number>());
  for (const set of bySentence.values()) {
    for (const a of set) for (const b of set) if (a !== b) related[a]?.set(b, (related[a]?.get(b) ?? 0) + 1);
  }
  entities.forEach((e, i) => {
    e.related = [...(related[i] ?? new Map<number, number>())]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, RELATED_KEPT)
      .map(([j, count]) => ({ id: entities[j]?.id ?? '', count }));
  });

  const kept = entities.filter((e) => e.mentions.length > 0);
  const index: KnowledgeIndex = {
    version: fnv1a([...keys, lexiconKey]),
    articles: articles.map((a) => ({ id: a.id, title: a.title, source: a.source, url: a.url, date: a.date })),
    entities: kept,
    // A figure's owner is comparable by any name of its entity (figure-owner-names.ts).
    facts: withOwnerNames(found.flatMap((f) => f.facts), kept.map((e) => e.aliases)),
    topic: buildTopicProfile(articles, kept),
  };
  // A stored name is never a product too ("Falcon" the company beside a "Falcon 9").
  const products = [...new Set(found.flatMap((f) => f.products ?? []))].filter((p) => !groupOf.has(linkKey(p).toLowerCase()));
  if (products.length > 0) index.products = products;
  return index;
}
