// What the popup's "This page" tab shows, built from a content script's page report and the
// knowledge index: the page's terms folded by entity, its figures judged against the stored
// facts, and the stored articles most related to it.
//
// Related articles are ranked by the page's linked entities they mention. Each entity
// weighs (1 + ln mentions on the page) · ln(1 + N / articles that mention it): a name
// every stored article carries (the topic's main actor) tells less than one only two share.
// The score is the share of the page's total weight an article covers, so it reads 0..1.
import { compareFigure } from './facts';
import type { ArticleSummary, EntityType, KnowledgeIndex, PageAnnotation, Quantity, TopicScore } from './types';
import type { PageReport, PageSummary, RelatedArticle, SummaryNumber, SummaryTerm } from '../messaging/contract';

export type ReportedAnnotation = PageReport['annotations'][number];

/** Enough for a popup, of figures and of dates each (the popup may show either alone);
 *  the page itself holds the rest. */
export const MAX_NUMBERS = 200;
export const MAX_RELATED = 10;
/** Shared names shown as the "why" of a related article. */
export const MAX_SHARED = 5;

const ENTITY_KINDS = new Set<PageAnnotation['kind']>(['person', 'org', 'place', 'event']);

function isEntityKind(kind: PageAnnotation['kind']): kind is EntityType {
  return ENTITY_KINDS.has(kind);
}

/** Mentions folded into terms: by entity when linked, else by kind and lower-cased name
 *  (an acronym the page spells out carries the long name: page-acronyms.ts).
 *  Linked first, then most mentioned, then by name. */
export function foldTerms(annotations: readonly ReportedAnnotation[]): SummaryTerm[] {
  const byKey = new Map<string, SummaryTerm>();
  for (const a of annotations) {
    if (!isEntityKind(a.kind)) continue;
    const key = a.entityId ? `id\u0000${a.entityId}` : `${a.kind}\u0000${(a.canonical ?? a.text).toLowerCase()}`;
    const term = byKey.get(key);
    if (term) term.count++;
    else byKey.set(key, { entityId: a.entityId, name: a.canonical ?? a.text, kind: a.kind, linked: a.entityId !== null, count: 1, text: a.text });
  }
  return [...byKey.values()].sort((x, y) => Number(y.linked) - Number(x.linked) || y.count - x.count || x.name.localeCompare(y.name));
}

/** The quantity with offsets inside `sentence`: the report keeps page offsets, the
 *  comparison reads the words around the figure in its own sentence. */
/** `q` with offsets within `sentence`, at the first mention of its text there. */
export function withinSentence(q: Quantity, sentence: string): { quantity: Quantity; sentence: string } {
  const at = sentence.indexOf(q.text);
  if (at < 0) return { quantity: { ...q, start: 0, end: q.text.length }, sentence: q.text };
  return { quantity: { ...q, start: at, end: at + q.text.length }, sentence };
}

/** Each distinct figure or date (by text and sentence) with its best comparison. */
/** A figure or date the popup judges: one with its quantity read. */
type JudgedFigure = ReportedAnnotation & { kind: 'number' | 'date'; quantity: NonNullable<ReportedAnnotation['quantity']> };

/** A filter, for one pass in page order, passing the figures judgeNumbers judges: each with
 *  a quantity, the first mention of its text in its sentence, at most MAX_NUMBERS figures
 *  and MAX_NUMBERS dates (the popup may show either alone). Names do not pass. The page
 *  report keeps exactly these (background/report-size.ts). */
export function judgedFigures(): (a: ReportedAnnotation) => a is JudgedFigure {
  const seen = new Set<string>();
  const counted = { number: 0, date: 0 };
  return (a): a is JudgedFigure => {
    if ((a.kind !== 'number' && a.kind !== 'date') || !a.quantity) return false;
    const key = `${a.text}\u0000${a.sentence ?? ''}`;
    if (seen.has(key) || counted[a.kind] >= MAX_NUMBERS) return false;
    seen.add(key);
    counted[a.kind]++;
    return true;
  };
}

/** The stored articles a page may be judged against: all but its own stored copies (a saved
 *  page agrees with itself and mentions every name on it, which tells the reader nothing). */
export function otherArticles(articles: readonly ArticleSummary[], pageUrl: string | undefined): Map<string, ArticleSummary> {
  const page = pageUrl ? pageKey(pageUrl) : null;
  return new Map(articles.filter((a) => page === null || a.url === null || storedKey(a, a.url) !== page).map((a) => [a.id, a]));
}

/** `pageUrl`: the page's own stored copies are not compared with it. */
export function judgeNumbers(annotations: readonly ReportedAnnotation[], index: Pick<KnowledgeIndex, 'facts' | 'articles'>, pageUrl?: string): SummaryNumber[] {
  const articles = otherArticles(index.articles, pageUrl);
  const judged = judgedFigures();
  const out: SummaryNumber[] = [];
  for (const a of annotations) {
    if (!judged(a)) continue;
    const local = withinSentence(a.quantity, a.sentence ?? a.quantity.text);
    const best = compareFigure(index.facts, local.quantity, local.sentence, a.before, a.earlier ?? a.before).find((c) => articles.has(c.fact.where.articleId));
    const article = best ? articles.get(best.fact.where.articleId) : undefined;
    out.push({
      text: a.text,
      kind: a.kind,
      quantity: a.quantity,
      verdict: best ? best.verdict : null,
      reason: best ? best.reason : null,
      stored: best && article ? { value: best.fact.quantity.text, article } : null,
    });
  }
  return out;
}

/** Stored articles that mention the page's linked entities, best first, each with the
 *  shared entities' canonical names (most telling first). `excludeUrl`: the page itself
 *  when it is stored. */
export function rankRelated(
  annotations: readonly ReportedAnnotation[],
  index: Pick<KnowledgeIndex, 'entities' | 'articles'>,
  opts: { excludeUrl?: string; limit?: number } = {},
): RelatedArticle[] {
  const onPage = new Map<string, number>();
  for (const a of annotations) if (a.entityId && isEntityKind(a.kind)) onPage.set(a.entityId, (onPage.get(a.entityId) ?? 0) + 1);
  if (onPage.size === 0 || index.articles.length === 0) return [];

  const others = otherArticles(index.articles, opts.excludeUrl);
  const n = index.articles.length;
  // Only the page's entities are read: a request stays cheap with 10 k stored articles.
  const weighted: { name: string; weight: number; articles: Set<string> }[] = [];
  let total = 0;
  for (const entity of index.entities) {
    const count = onPage.get(entity.id);
    if (count === undefined) continue;
    const articles = new Set(entity.mentions.map((m) => m.articleId));
    if (articles.size === 0) continue;
    const weight = (1 + Math.log(count)) * Math.log(1 + n / articles.size);
    weighted.push({ name: entity.name, weight, articles });
    total += weight;
  }
  if (total === 0) return [];
  weighted.sort((x, y) => y.weight - x.weight || x.name.localeCompare(y.name));

  const scores = new Map<string, { score: number; shared: string[] }>();
  for (const e of weighted) {
    for (const id of e.articles) {
      if (!others.has(id)) continue;
      const s = scores.get(id) ?? { score: 0, shared: [] };
      s.score += e.weight;
      s.shared.push(e.name);
      scores.set(id, s);
    }
  }
  const ranked: RelatedArticle[] = [];
  for (const [id, s] of scores) {
    const article = others.get(id);
    if (article) ranked.push({ article, score: Math.min(1, s.score / total), shared: s.shared.slice(0, MAX_SHARED) });
  }
  ranked.sort((x, y) => y.score - x.score || y.article.date.localeCompare(x.article.date) || x.article.title.localeCompare(y.article.title));
  return ranked.slice(0, opts.limit ?? MAX_RELATED);
}

/** A page's address as sameUrl compares it. */
function pageKey(u: string): string {
  try {
    const url = new URL(u);
    url.hash = '';
    return url.href.replace(/\/$/, '');
  } catch {
    return u;
  }
}

/** Same page: scheme, host, path and query equal; the fragment and a trailing slash ignored. */
export function sameUrl(a: string, b: string): boolean {
  return pageKey(a) === pageKey(b);
}

/** Stored articles' pageKeys, kept with the index's summaries: parsing 10 k addresses took
 *  ~20 ms, for every card asked. */
const storedKeys = new WeakMap<ArticleSummary, string>();
function storedKey(a: ArticleSummary, url: string): string {
  let key = storedKeys.get(a);
  if (key === undefined) {
    key = pageKey(url);
    storedKeys.set(a, key);
  }
  return key;
}

export function buildPageSummary(report: PageReport, index: KnowledgeIndex, threshold: number): PageSummary {
  // The verdict with the threshold it was made at: until the page runs again at a new
  // sensitivity, the current one would contradict it ("score 0.14 < threshold 0.10").
  const topic: TopicScore & { threshold: number } = { ...report.topic, threshold: report.topic.threshold ?? threshold };
  return {
    url: report.url,
    title: report.title,
    topic,
    terms: foldTerms(report.annotations),
    numbers: judgeNumbers(report.annotations, index, report.url),
    related: rankRelated(report.annotations, index, { excludeUrl: report.url }),
    ...(report.scheme ? { scheme: report.scheme } : {}),
  };
}
