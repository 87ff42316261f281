// Is a page about what the stored articles are about? A TF-IDF cosine between the page and a
// topic profile learnt from the stored articles.
//
// Profile (background side): every stemmed-lite word of the stored articles and every stored
// entity id gets weight (1 + ln tf) · spread over articles · background factor, where the
// background factor is 0 for function words, small for words all news uses, 1 otherwise
// (topic-background.ts). First names are dropped: "Donald" is nobody's topic.
//
// Score (page side): Σ w(t)·(1 + ln c(t)) over the page's terms, divided by the page's own
// norm (so a 50-word brief and a 5,000-word feature are comparable) and by the norm of the
// profile's head (so the scale does not drift as more articles are stored). A page must
// pass the threshold also on its topic-carrying terms without the strongest: one shared name
// never passes, nor do common words alone, nor the stored places' names with a word or two.
// Only topic-carrying terms are reported as shared. A word the stored articles write only
// inside a name ("eagle" of "American Eagle") counts where a page writes it as a name, not
// as a common noun (topic-names.ts); a stored name's lead written alone ("across Silicon
// Valley", of "Silicon Valley Bank") counts with the places' names there (topic-leads.ts); a
// stored name's lead a page writes only to lead a name of its own ("Ford Field", of "Ford Motor
// Co.") does not count (topic-name-pairs.ts). One tokeniser cuts every text into words
// (topic-terms.ts), and a page is read in one pass.

import { carriesTopic } from './topic-background';
import { titleCaseLines } from './topic-headlines';
import { leadCounter } from './topic-leads';
import { foreignLeads, storedNamePairs } from './topic-name-pairs';
import { insideSpan, leadOf, multiWordNames, namesWithLeads, nameSpans, nameWordReader } from './topic-names';
import { eachWord, termOf } from './topic-terms';
import type { Article, Entity, PageAnnotation, TopicProfile, TopicScore } from './types';

export { termOf } from './topic-terms';

const COMMON_FACTOR = 0.15;
/** A generation after a surname: "Jr.", "Sr", "III". */
const GENERATIONS = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;
/** Terms kept in the profile, strongest first (keeps the package small). */
const PROFILE_TERMS = 400;
/** Size of the profile head whose norm scales the score. */
const HEAD_TERMS = 25;
/** Calibrated on hand-written on- and off-topic pages (topic.test.ts). */
export const DEFAULT_THRESHOLD = 0.15;
/** Without its strongest term a page must still reach this share of the threshold. */
const LEAVE_ONE_OUT = 0.6;
/** …and this share of it on topic-carrying terms alone (not common words), also without it. */
const CARRIED_SHARE = 0.3;
/** …and this share of it on topic-carrying terms that are no stored place's words. */
const BEYOND_PLACES_SHARE = 0.4;

/** Counts the terms of `text`. `see` (if given) sees every word first, its term (null if it
 *  has none) and where it starts, and says whether the term counts: a reader of a page's
 *  names or leads must see the words with no term too. */
function countTerms(text: string, into: Map<string, number>, see?: (word: string, term: string | null, start: number) => boolean): void {
  eachWord(text, (word, t, start) => {
    if ((!see || see(word, t, start)) && t) into.set(t, (into.get(t) ?? 0) + 1);
  });
}

function backgroundFactor(term: string): number {
  return carriesTopic(term) ? 1 : COMMON_FACTOR;
}

/** Learn the topic from the stored articles and their entities. */
export function buildTopicProfile(articles: Article[], entities: Entity[]): TopicProfile {
  const tf = new Map<string, number>();
  const df = new Map<string, number>();
  const firstNames = new Set<string>();
  for (const e of entities) {
    const words = e.name.split(' ');
    // The surname is the last word before a generation ("Robert F. Kennedy Jr."), not "Jr.".
    while (words.length > 1 && GENERATIONS.test(words[words.length - 1]!)) words.pop();
    if (e.type === 'person' && words.length > 1) for (const w of words.slice(0, -1)) firstNames.add(termOf(w) ?? '');
  }
  const names = multiWordNames(entities);
  /** Terms the stored articles also write outside any name of two words or more. */
  const bare = new Set<string>();
  /** The words they write joined in a name, as term pairs (topic-name-pairs.ts). */
  const pairs = new Set<string>();
  for (const a of articles) {
    const own = new Map<string, number>();
    const text = `${a.title}\n${a.paragraphs.join('\n')}`;
    const spans = nameSpans(text, names.get(a.id) ?? []);
    const pairsOf = storedNamePairs(text, pairs);
    countTerms(text, own, (word, t, start) => {
      pairsOf(word, t, start);
      if (t && !bare.has(t) && !insideSpan(spans, start, start + word.length)) bare.add(t);
      return true;
    });
    for (const [t, c] of own) {
      tf.set(t, (tf.get(t) ?? 0) + c);
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  for (const e of entities) {
    tf.set(e.id, e.mentions.length);
    df.set(e.id, new Set(e.mentions.map((m) => m.articleId)).size);
  }
  const n = Math.max(1, articles.length);
  const scored: [string, number][] = [];
  for (const [t, c] of tf) {
    if (firstNames.has(t) || c === 0) continue;
    const spread = 0.5 + (0.5 * (df.get(t) ?? 0)) / n;
    scored.push([t, (1 + Math.log(c)) * spread * backgroundFactor(t)]);
  }
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const top = scored.slice(0, PROFILE_TERMS);
  const max = top[0]?.[1] ?? 1;
  const weights: Record<string, number> = {};
  for (const [t, w] of top) weights[t] = Math.round((w / max) * 1000) / 1000;
  const places = placeTerms(entities).filter((t) => weights[t] !== undefined);
  const nameWords = Object.keys(weights).filter((t) => !t.includes(':') && !bare.has(t));
  const named = new Set(nameWords);
  const ledNames = namesWithLeads(names).filter((n) => leadOf(n).split(' ').some((w) => named.has(termOf(w) ?? '')));
  const namePairs = [...pairs].filter((p) => weights[p.slice(0, p.indexOf(' '))] !== undefined).sort();
  return { weights, threshold: DEFAULT_THRESHOLD, places, nameWords, ledNames, namePairs };
}

/** The profile terms a stored place's name gives: its words and its id. */
function placeTerms(entities: Entity[]): string[] {
  const out = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'place') continue;
    out.add(e.id);
    for (const w of e.name.split(' ')) {
      const t = termOf(w);
      if (t) out.add(t);
    }
  }
  return [...out];
}

const headNorms = new WeakMap<TopicProfile, number>();
function headNorm(profile: TopicProfile): number {
  let n = headNorms.get(profile);
  if (n === undefined) {
    const head = Object.values(profile.weights).sort((x, y) => y - x).slice(0, HEAD_TERMS);
    n = Math.sqrt(head.reduce((s, w) => s + w * w, 0)) || 1;
    headNorms.set(profile, n);
  }
  return n;
}

/** Page terms: words, and, where annotations are given, linked entities by id in place of
 *  the words of their span; and, from the same pass, the share of each term's uses that are
 *  in a stored name's bare lead (topic-leads.ts). */
function pageTerms(profile: TopicProfile, text: string, annotations: PageAnnotation[] | undefined): { counts: Map<string, number>; inLeads: Map<string, number> } {
  const counts = new Map<string, number>();
  const linked = (annotations ?? []).filter((a) => a.entityId !== null).sort((x, y) => x.start - y.start);
  let i = 0;
  const insideLinked = (at: number): boolean => {
    while (i < linked.length && (linked[i]?.end ?? 0) <= at) i++;
    const a = linked[i];
    return a !== undefined && a.start <= at;
  };
  // Title-case lines give no names: both readers below ask, and each line is read once.
  const inTitleCase = titleCaseLines(text);
  // A word the store holds only inside a name counts where the page writes it as a name.
  const names = nameWordReader(text, new Set(profile.nameWords ?? []), inTitleCase);
  const leads = leadCounter(text, profile.ledNames ?? []);
  // A stored lead the page writes only to lead a name of its own ("Ford Field") is not counted.
  const others = foreignLeads(text, profile.namePairs ?? [], inTitleCase);
  countTerms(text, counts, (word, t, start) => {
    leads.see(word, t, start);
    others.see(word, t, start);
    return t !== null && !insideLinked(start) && names.keep(t, start, start + word.length);
  });
  names.settle(counts);
  others.settle(counts);
  for (const a of linked) if (a.entityId) counts.set(a.entityId, (counts.get(a.entityId) ?? 0) + 1);
  return { counts, inLeads: leads.shares() };
}

/** How much `text` is about the profile's topic; `annotations` (if given) link names. */
export function scoreTopic(profile: TopicProfile, text: string, annotations?: PageAnnotation[]): TopicScore {
  const { counts, inLeads } = pageTerms(profile, text, annotations);
  let norm = 0;
  let dot = 0;
  /** Shared terms that carry the topic; common words add to the score but not here. */
  const parts: { term: string; weight: number }[] = [];
  let top = 0;
  for (const [t, c] of counts) {
    const tfw = 1 + Math.log(c);
    norm += tfw * tfw;
    const w = profile.weights[t];
    if (w === undefined || w <= 0) continue;
    dot += w * tfw;
    top = Math.max(top, w * tfw);
    if (carriesTopic(t)) parts.push({ term: t, weight: w * tfw });
  }
  parts.sort((x, y) => y.weight - x.weight);
  const scale = Math.sqrt(norm) * headNorm(profile) || 1;
  const score = dot / scale;
  const withoutTop = (dot - top) / scale;
  // Common words ("month", "share", "reporter") may help a page over the line but never
  // carry it: the topic-carrying terms, the strongest left out, must have some weight of
  // their own, however low the sensitivity setting puts the threshold.
  const carriedWithoutTop = parts.slice(1).reduce((sum, p) => sum + p.weight, 0) / scale;
  // Nor do the stored places' names with a word or two beside them: a regatta on the same
  // river, named after the same president as the airport, is near the story's places only.
  // A stored name's leading words written as a name of their own ("across Silicon Valley",
  // of "Silicon Valley Bank") name what it is named after, a place as often as not.
  const places = new Set(profile.places ?? []);
  const beyondPlaces = parts.reduce((sum, p) => (places.has(p.term) ? sum : sum + p.weight * (1 - (inLeads.get(p.term) ?? 0))), 0) / scale;
  const onTopic =
    score >= profile.threshold &&
    withoutTop >= profile.threshold * LEAVE_ONE_OUT &&
    carriedWithoutTop >= profile.threshold * CARRIED_SHARE &&
    beyondPlaces >= profile.threshold * BEYOND_PLACES_SHARE;
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    score: round(score),
    onTopic,
    threshold: Math.round(profile.threshold * 10_000) / 10_000,
    top: parts.slice(0, 8).map((p) => ({ term: p.term, weight: round(p.weight / scale) })),
  };
}
