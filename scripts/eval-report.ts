// Printing for npm run eval: one topic's block (per-type scores, canonical names, topic
// decisions, fact verdicts) and the per-topic and overall summary at the end.
import { addEnds, END_THRESHOLDS, endsLines, sliderEnds, type SliderEnds } from './eval-ends';
import type { TopicRun, PageResult, Gold, Pred } from './eval-page';
import { ENTITY_LABELS, NUMBER_LABELS } from './eval-page';
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
  type MatchResult,
  type PredictedSpan,
} from './eval-score';

export interface TopicSummary {
  id: string;
  pages: number;
  entities: Counts;
  numbers: Counts;
  topicRight: number;
  offPassed: number;
  factsRight: number;
  factsTotal: number;
  /** The gate at the slider's ends, page ids as "topic/page". */
  ends: SliderEnds;
}

export const pct = (x: number) => x.toFixed(3);
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

/** Per-type scores and canonical-name accuracy; returns the entity and number totals. */
function printScores(results: PageResult[]): { entAll: Counts; numAll: Counts } {
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
  return { entAll, numAll };
}

/** Each page's scores and topic decision; returns decisions as expected and off pages passed. */
function printPages(results: PageResult[], threshold: number, verbose: boolean): { topicRight: number; offPassed: number } {
  console.log(`\n${pad('page', 28)}${pad('topic', 6)}${lpad('entF1', 7)}${lpad('numF1', 7)}${lpad('score', 9)}${lpad('thresh', 8)}  decision  expected`);
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
  for (const line of endsLines(sliderEnds(results))) console.log(`  ${line}`);
  return { topicRight, offPassed };
}

/** Every gold fact's expected and given verdict; returns how many agree. */
function printFacts(results: PageResult[], verbose: boolean): { factsRight: number; factsTotal: number } {
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
  return { factsRight, factsTotal };
}

/** Prints one topic's block, as the single-topic eval did, and returns its counts. */
export function printTopic(run: TopicRun, verbose: boolean): TopicSummary {
  const { topic, articles, index, results } = run;
  console.log(`Topic ${topic.id}: ${results.length} pages, ${articles.length} stored articles, ${index.entities.length} stored entities, ${index.facts.length} facts\n`);
  const { entAll, numAll } = printScores(results);
  const { topicRight, offPassed } = printPages(results, index.topic.threshold, verbose);
  const { factsRight, factsTotal } = printFacts(results, verbose);
  if (verbose) printVerbose(results);
  console.log(`\nSummary ${topic.id}: entity F1 ${pct(score(entAll).f1)}, number F1 ${pct(score(numAll).f1)}, off-topic passed ${offPassed}`);
  const ends = sliderEnds(results, `${topic.id}/`);
  return { id: topic.id, pages: results.length, entities: entAll, numbers: numAll, topicRight, offPassed, factsRight, factsTotal, ends };
}

/** One line per topic and one for all of them together, then the slider's ends. The last
 *  two columns: off-topic pages on at the most sensitive setting, and pages squarely on the
 *  topic off at the strictest. */
export function printOverall(summaries: TopicSummary[]): void {
  const most = `off@${END_THRESHOLDS.mostSensitive.toFixed(2)}`;
  const strict = `on✗@${END_THRESHOLDS.strictest.toFixed(3)}`;
  console.log(`\n${pad('topic', 14)}${lpad('pages', 6)}${lpad('entF1', 8)}${lpad('numF1', 8)}${lpad('topic', 9)}${lpad('facts', 9)}  off passed  ${most}  ${strict}`);
  const row = (s: TopicSummary) =>
    console.log(
      `${pad(s.id, 14)}${lpad(s.pages, 6)}${lpad(pct(score(s.entities).f1), 8)}${lpad(pct(score(s.numbers).f1), 8)}${lpad(`${s.topicRight}/${s.pages}`, 9)}${lpad(`${s.factsRight}/${s.factsTotal}`, 9)}  ${pad(s.offPassed, 10)}  ${pad(s.ends.offPassed.length, most.length)}  ${s.ends.onFailed.length}`,
    );
  for (const s of summaries) row(s);
  const sum = (f: (s: TopicSummary) => number) => summaries.reduce((n, s) => n + f(s), 0);
  row({
    id: 'all',
    pages: sum((s) => s.pages),
    entities: addCounts(...summaries.map((s) => s.entities)),
    numbers: addCounts(...summaries.map((s) => s.numbers)),
    topicRight: sum((s) => s.topicRight),
    offPassed: sum((s) => s.offPassed),
    factsRight: sum((s) => s.factsRight),
    factsTotal: sum((s) => s.factsTotal),
    ends: addEnds(...summaries.map((s) => s.ends)),
  });
  console.log('\nThe topic gate at the ends of the sensitivity slider (--check judges the default only):');
  for (const line of endsLines(addEnds(...summaries.map((s) => s.ends)))) console.log(line);
}
