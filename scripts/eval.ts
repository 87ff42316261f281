// npm run eval [-- --verbose] [-- --check]
// Builds the knowledge core from the stored articles, annotates every page of the
// evaluation set (tests/eval/pages) and prints precision/recall/F1 per type, canonical-name
// accuracy, the topic decision per page and the fact verdicts. It is a report: the exit code
// is 0, unless --check is given and entity F1 or number F1 is under 0.95 or an off-topic
// page passes the topic threshold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../src/core/annotate';
import { compareFigure } from '../src/core/facts';
import { buildKnowledge } from '../src/core/knowledge';
import { buildMatcherPackage, compileMatcher } from '../src/core/matcher';
import { demonyms, placeLexicon } from '../src/core/places';
import { splitSentences } from '../src/core/segment';
import { sentenceBefore } from '../src/core/sentence-around';
import { scoreTopic } from '../src/core/topic';
import type { Article, FigureComparison, KnowledgeIndex, PageAnnotation, Quantity } from '../src/core/types';
import { loadPages, type ResolvedPage } from './eval-gold';
import {
  addCounts,
  canonicalReport,
  contextOf,
  countByLabel,
  matchSpans,
  sameCanonical,
  score,
  type CanonicalCheck,
  type Counts,
  type GoldSpan,
  type MatchResult,
  type PredictedSpan,
} from './eval-score';

const F1_TARGET = 0.95;
const ENTITY_LABELS = ['person', 'org', 'place', 'event'] as const;
const NUMBER_LABELS = ['number', 'date'] as const;
const ARTICLES_DIR = join(import.meta.dirname, '..', 'assets', 'articles');

type Gold = GoldSpan & { text: string; canonical?: string; linked?: boolean };
type Pred = PredictedSpan & { annotation: PageAnnotation };

interface PageResult {
  resolved: ResolvedPage;
  entities: MatchResult<Gold, Pred>;
  numbers: MatchResult<Gold, Pred>;
  topic: { score: number; onTopic: boolean; top: string };
  facts: { text: string; context: string; expected: string; got: string; reason: string }[];
  unexpectedFacts: { context: string; got: string; reason: string }[];
}

function loadArticles(): Article[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ARTICLES_DIR, f), 'utf8')) as Article);
}

/** The best stored comparison for a page figure, measured within its sentence. */
function verdictFor(index: KnowledgeIndex, text: string, q: Quantity): FigureComparison | undefined {
  const sentence = splitSentences(text).find((s) => s.start <= q.start && q.end <= s.end);
  if (!sentence) return undefined;
  const local: Quantity = { ...q, start: q.start - sentence.start, end: q.end - sentence.start };
  return compareFigure(index.facts, local, sentence.text, sentenceBefore(text, sentence.start))[0];
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

  const topicScore = scoreTopic(index.topic, text, annotations);
  const topic = {
    score: topicScore.score,
    onTopic: topicScore.onTopic,
    top: topicScore.top.slice(0, 4).map((t) => t.term).join(', '),
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

const pct = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function scoreRow(label: string, c: Counts): string {
  const s = score(c);
  return `${pad(label, 14)}${lpad(s.tp, 5)}${lpad(s.fp, 5)}${lpad(s.fn, 5)}   ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;
}

function totals(results: PageResult[], pick: (r: PageResult) => MatchResult<Gold, Pred>): Map<string, Counts> {
  const all = new Map<string, Counts>();
  for (const r of results) {
    for (const [label, c] of countByLabel(pick(r))) all.set(label, addCounts(all.get(label) ?? { tp: 0, fp: 0, fn: 0 }, c));
  }
  return all;
}

function printVerbose(results: PageResult[]): void {
  console.log('\nErrors (FN = gold missed, FP = predicted wrongly; a wrong type or boundary shows as both)');
  for (const r of results) {
    const { text, page } = r.resolved;
    const lines: string[] = [];
    for (const m of [r.entities, r.numbers]) {
      for (const g of m.falseNegatives) lines.push(`  FN ${pad(g.labels.join('/'), 12)} ${contextOf(text, g.start, g.end)}`);
      for (const p of m.falsePositives) lines.push(`  FP ${pad(p.label, 12)} ${contextOf(text, p.start, p.end)}`);
    }
    for (const m of r.entities.matches) {
      const a = m.pred.annotation;
      const wrongLink = m.gold.linked
        ? a.entityId === null || !sameCanonical(a.canonical ?? '', m.gold.canonical ?? '')
        : a.entityId !== null;
      if (wrongLink) {
        const got = a.entityId === null ? 'unlinked' : `→ ${a.canonical ?? '?'}`;
        const want = m.gold.linked ? `→ ${m.gold.canonical ?? '?'}` : 'unlinked';
        lines.push(`  LINK ${pad(m.gold.text, 16)} got ${got}, want ${want}`);
      }
    }
    for (const u of r.unexpectedFacts) lines.push(`  FACT? ${u.got} (${u.reason}) ${u.context}`);
    if (lines.length > 0) console.log(`\n${page.id}\n${lines.join('\n')}`);
  }
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const check = process.argv.includes('--check');
  const articles = loadArticles();
  const lexicon = placeLexicon();
  const nonNames = demonyms();
  const index = buildKnowledge(articles, { lexicon, nonNames });
  const matcher = compileMatcher(buildMatcherPackage(index, lexicon, nonNames));
  const pages = loadPages();
  const results = pages.map((p) => evaluatePage(p, matcher, index));

  console.log(`Evaluation: ${pages.length} pages, ${articles.length} stored articles, ${index.entities.length} stored entities, ${index.facts.length} facts\n`);
  console.log(`${pad('type', 14)}${lpad('TP', 5)}${lpad('FP', 5)}${lpad('FN', 5)}   prec   recall  F1`);
  const ent = totals(results, (r) => r.entities);
  const num = totals(results, (r) => r.numbers);
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const l of ENTITY_LABELS) console.log(scoreRow(l, ent.get(l) ?? zero));
  const entAll = addCounts(...ent.values());
  console.log(scoreRow('entities all', entAll));
  const spanOnly = addCounts(
    ...results.map((r) => {
      const preds = [...r.entities.matches.map((m) => m.pred), ...r.entities.falsePositives];
      const gold = [...r.entities.matches.map((m) => m.gold), ...r.entities.falseNegatives];
      const relabel = <T extends PredictedSpan>(p: T) => ({ ...p, label: 'entity' });
      const m = matchSpans(gold.map((g) => ({ ...g, labels: ['entity'] })), preds.map(relabel));
      return { tp: m.matches.length, fp: m.falsePositives.length, fn: m.falseNegatives.length };
    }),
  );
  console.log(scoreRow('  (any type)', spanOnly));
  for (const l of NUMBER_LABELS) console.log(scoreRow(l, num.get(l) ?? zero));
  const numAll = addCounts(...num.values());
  console.log(scoreRow('numbers all', numAll));

  const checks: CanonicalCheck[] = results.flatMap((r) =>
    r.entities.matches.map((m) => ({
      goldCanonical: m.gold.canonical ?? '',
      goldLinked: m.gold.linked ?? false,
      predCanonical: m.pred.annotation.canonical,
      predLinked: m.pred.annotation.entityId !== null,
    })),
  );
  const canon = canonicalReport(checks);
  const canonRate = canon.linkedFound === 0 ? 1 : canon.linkedRight / canon.linkedFound;
  console.log(
    `\nCanonical names: ${canon.linkedRight}/${canon.linkedFound} linked gold entities found are linked to the right canonical (${pct(canonRate)}); ${canon.falseLinks} unlinked names linked wrongly`,
  );

  console.log(`\n${pad('page', 28)}${pad('topic', 6)}${lpad('entF1', 7)}${lpad('numF1', 7)}${lpad('score', 9)}${lpad('thresh', 8)}  decision  expected`);
  const threshold = index.topic.threshold;
  let topicRight = 0;
  let offPassed = 0;
  for (const r of results) {
    const { page } = r.resolved;
    const e = score(addCounts(...countByLabel(r.entities).values())).f1;
    const n = score(addCounts(...countByLabel(r.numbers).values())).f1;
    const ok = r.topic.onTopic === page.expectOnTopic;
    if (ok) topicRight++;
    if (page.topic === 'off' && r.topic.onTopic) offPassed++;
    const decision = r.topic.onTopic ? 'on' : 'off';
    console.log(
      `${pad(page.id, 28)}${pad(page.topic, 6)}${lpad(pct(e), 7)}${lpad(pct(n), 7)}${lpad(r.topic.score.toFixed(2), 9)}${lpad(threshold.toFixed(2), 8)}  ${pad(decision, 10)}${pad(page.expectOnTopic ? 'on' : 'off', 9)}${ok ? '✓' : '✗'}${verbose ? `  (${r.topic.top})` : ''}`,
    );
  }
  console.log(`Topic: ${topicRight}/${results.length} decisions as expected; ${offPassed} off-topic pages passed`);

  console.log('\nFact verdicts (expected → got)');
  let factsRight = 0;
  let factsTotal = 0;
  for (const r of results) {
    for (const f of r.facts) {
      factsTotal++;
      const ok = f.expected === f.got;
      if (ok) factsRight++;
      console.log(`  ${ok ? '✓' : '✗'} ${pad(r.resolved.page.id, 26)} ${pad(f.text, 26)} ${pad(f.expected, 8)}→ ${pad(f.got, 10)} ${f.reason}`);
    }
  }
  const unexpected = results.reduce((n, r) => n + r.unexpectedFacts.length, 0);
  console.log(`Facts: ${factsRight}/${factsTotal} verdicts as expected; ${unexpected} verdicts on figures the gold has no fact for${verbose ? '' : ' (--verbose lists them)'}`);

  if (verbose) printVerbose(results);

  const entF1 = score(entAll).f1;
  const numF1 = score(numAll).f1;
  const failures = [
    entF1 < F1_TARGET ? `entity F1 ${pct(entF1)} < ${F1_TARGET}` : '',
    numF1 < F1_TARGET ? `number F1 ${pct(numF1)} < ${F1_TARGET}` : '',
    offPassed > 0 ? `${offPassed} off-topic page(s) passed` : '',
  ].filter(Boolean);
  console.log(`\nSummary: entity F1 ${pct(entF1)}, number F1 ${pct(numF1)}, off-topic passed ${offPassed}`);
  if (check && failures.length > 0) {
    console.log(`Check failed: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

main();
