// One topic of the evaluation: the knowledge core built from the topic's seeds, and each
// page annotated with it and matched against its gold. No printing here (see eval-report.ts).
import { annotateText } from '../src/core/annotate';
import { compareFigure } from '../src/core/facts';
import { buildKnowledge } from '../src/core/knowledge';
import { buildMatcherPackage, compileMatcher } from '../src/core/matcher';
import { demonyms, placeLexicon, placeVariants } from '../src/core/places';
import { splitSentences } from '../src/core/segment';
import { paragraphBefore, sentenceBefore } from '../src/core/sentence-around';
import { DEFAULT_SETTINGS, sensitiveProfile } from '../src/core/records';
import { scorePage } from '../src/core/topic-gate';
import { firstChunk } from '../src/content/annotate-page';
import type { Article, FigureComparison, KnowledgeIndex, PageAnnotation, Quantity } from '../src/core/types';
import { loadPages, loadSeeds, type EvalTopic, type ResolvedPage } from './eval-gold';
import { contextOf, matchSpans, type GoldSpan, type MatchResult, type PredictedSpan } from './eval-score';

export const ENTITY_LABELS = ['person', 'org', 'place', 'event'] as const;
export const NUMBER_LABELS = ['number', 'date'] as const;
/** The Settings slider's ends (popup/settings-behaviour.tsx: 0 to 1): 0 the strictest, 1 the
 *  most sensitive (records.ts, effectiveThreshold). */
export const SLIDER_ENDS = { strictest: 0, mostSensitive: 1 } as const;

export type Gold = GoldSpan & { text: string; canonical?: string; linked?: boolean };
export type Pred = PredictedSpan & { annotation: PageAnnotation };

export interface PageResult {
  resolved: ResolvedPage;
  entities: MatchResult<Gold, Pred>;
  numbers: MatchResult<Gold, Pred>;
  /** The gate's decision at the default, and at the slider's two ends (SLIDER_ENDS). */
  topic: { score: number; onTopic: boolean; top: string; strictest: boolean; mostSensitive: boolean };
  facts: { text: string; context: string; expected: string; got: string; reason: string }[];
  unexpectedFacts: { context: string; got: string; reason: string }[];
}

export interface TopicRun {
  topic: EvalTopic;
  articles: Article[];
  index: KnowledgeIndex;
  results: PageResult[];
}

/** The best stored comparison for a page figure, measured within its sentence. */
function verdictFor(index: KnowledgeIndex, text: string, q: Quantity): FigureComparison | undefined {
  const sentence = splitSentences(text).find((s) => s.start <= q.start && q.end <= s.end);
  if (!sentence) return undefined;
  const local: Quantity = { ...q, start: q.start - sentence.start, end: q.end - sentence.start };
  return compareFigure(index.facts, local, sentence.text, sentenceBefore(text, sentence.start), paragraphBefore(text, sentence.start))[0];
}

function evaluatePage(
  resolved: ResolvedPage,
  matcher: ReturnType<typeof compileMatcher>,
  index: KnowledgeIndex,
): PageResult {
  const { text } = resolved;
  const annotations: PageAnnotation[] = annotateText(matcher, text);
  const preds = annotations.map((a): Pred => ({ start: a.start, end: a.end, label: a.kind, annotation: a }));
  const isEntity = (p: Pred) => (ENTITY_LABELS as readonly string[]).includes(p.label);
  const goldEntities: Gold[] = resolved.entities.map((e) => ({ ...e, labels: e.types }));
  const goldNumbers: Gold[] = resolved.numbers.map((n) => ({ ...n, labels: [n.kind] }));
  const entities = matchSpans(goldEntities, preds.filter(isEntity));
  const numbers = matchSpans(goldNumbers, preds.filter((p) => !isEntity(p)));

  // The extension's own decision: the gate scores the title and the text's first chunk, at
  // the default sensitivity (page/topic), not the whole text with the names found in it.
  const gateAt = (sensitivity: number) =>
    scorePage(sensitiveProfile(index.topic, sensitivity), resolved.page.title, firstChunk(text), (read) => annotateText(matcher, read));
  const topicScore = gateAt(DEFAULT_SETTINGS.topicSensitivity);
  const topic = {
    score: topicScore.score,
    onTopic: topicScore.onTopic,
    top: topicScore.top.slice(0, 4).map((t) => t.term).join(', '),
    strictest: gateAt(SLIDER_ENDS.strictest).onTopic,
    mostSensitive: gateAt(SLIDER_ENDS.mostSensitive).onTopic,
  };

  const quantityAt = (start: number, end: number) =>
    annotations.find((a) => a.start === start && a.end === end && a.quantity)?.quantity;
  const facts = resolved.facts.map((f) => {
    const q = quantityAt(f.start, f.end);
    const best = q ? verdictFor(index, text, q) : undefined;
    return {
      text: f.text,
      context: contextOf(text, f.start, f.end, 30),
      expected: f.verdict,
      got: q ? (best?.verdict ?? 'none') : 'not found',
      reason: best ? `${best.reason} (${best.fact.where.articleId})` : '',
    };
  });
  const factSpans = new Set(resolved.facts.map((f) => `${f.start}:${f.end}`));
  const unexpectedFacts = annotations.flatMap((a) => {
    if (!a.quantity || factSpans.has(`${a.start}:${a.end}`)) return [];
    const best = verdictFor(index, text, a.quantity);
    return best ? [{ context: contextOf(text, a.start, a.end, 30), got: best.verdict, reason: best.reason }] : [];
  });
  return { resolved, entities, numbers, topic, facts, unexpectedFacts };
}

/** Builds the topic's store from its seeds alone and scores every page of it. */
export function runTopic(topic: EvalTopic): TopicRun {
  const articles = loadSeeds(topic);
  const lexicon = placeLexicon();
  const nonNames = demonyms();
  const index = buildKnowledge(articles);
  const matcher = compileMatcher(buildMatcherPackage(index, lexicon, nonNames, placeVariants()));
  const results = loadPages(topic).map((p) => evaluatePage(p, matcher, index));
  return { topic, articles, index, results };
}
