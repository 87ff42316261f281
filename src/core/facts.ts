// Facts: the figures of the stored articles with what they measure, and the comparison of a
// page's figure against them. Measuring lives in measure.ts, what a measure says in
// figure-measured.ts, "same thing?" in figure-similarity.ts, "same value?" in
// figure-verdict.ts; this file ties them together.

import { measured, type Measured } from './figure-measured';
import { cachedPerFact } from './fact-cache';
import { differenceTellable, measureSimilarity, SAME_MEASURE_THRESHOLD } from './figure-similarity';
import { speakerMarks } from './figure-actors';
import { factWithBoundBefore, withBoundBefore } from './figure-bound-before';
import { countFamily } from './figure-families';
import { electionMarks } from './figure-elections';
import { goodsMarks } from './figure-goods';
import { withPairedUnit } from './figure-pairs';
import { samePart, splitPart } from './figure-parts';
import { earlierValue, referredFigure } from './figure-referent';
import { subjectMarks } from './figure-subjects';
import { costSubjects } from './figure-cost-subjects';
import { deadCalledBack } from './figure-dead-callbacks';
import { partOfToll } from './figure-count-parts';
import { countsTheDead } from './figure-toll-owners';
import { restatedMoneyRange } from './figure-restated-ranges';
import { sameWinner, talliesOfAnySize } from './figure-tally-sizes';
import { contrastPart, ownersConflict, ownersOf } from './figure-institutions';
import { byStart, findNamed, named, type Named, namedPart } from './figure-named';
import { OWNER_MARK, ownerMarks } from './figure-owners';
import { donorMarks } from './figure-donors';
import { tallyWinners } from './figure-medal-tallies';
import { isMove, labelsFigure, measuringWindow, namesSecurity, POSSIBLE_MARK, readingMarks } from './figure-readings';
import { pageReadingKind, sameKindOfReading, storedReadingKind } from './figure-reading-kinds';
import { restatedTotal } from './figure-restated-totals';
import { oneOfSeveral } from './figure-total-parts';
import { packSize } from './figure-pack-sizes';
import { ENGINE_MARK, engineSize } from './figure-engine-sizes';
import { requiredFloor } from './figure-required-floors';
import { enginesOfOtherMakers } from './figure-engine-makers';
import { pricesOfOtherGoods } from './figure-priced-goods';
import { capsOfOtherBases } from './figure-cap-bases';
import { allocationsApart } from './figure-allocations';
import { sameMoments, zonedTime } from './figure-clock-times';
import { restatedInSameWords } from './figure-restated-words';
import { sameRates } from './figure-time-rates';
import { taskTimesApart } from './figure-task-times';
import { releasedAndStillHeld } from './figure-released-held';
import { foreseenApart, foreseenFall } from './figure-foreseen-falls';
import { countsOfOtherExtents } from './figure-count-extents';
import { finesOfOtherParties } from './figure-fined-parties';
import { costsOfOtherFailures, storyBodyMarks } from './figure-failed-parties';
import { distancesOfOtherThings } from './figure-located-things';
import { judgeFigures, runningCount } from './figure-verdict';
import { laterRestatement } from './figure-later-restatements';
import { convertedSum, sameConversion } from './figure-conversions';
import { withoutPassiveSaying } from './figure-told-people';
import { measureOf } from './measure';
import { payRaise } from './measure-raises';
import { strikesOfOtherEmployers } from './figure-strike-employers';
import { anotherEventsToll, pageEventReading } from './figure-other-events';
import { ALTITUDE, heightReading } from './measure-heights';
import { clauseAround } from './measure-clauses';
import { findQuantities } from './quantities';
import { isShare } from './quantity-kinds';
import { splitSentences } from './segment';
import type { Article, EntityMention, Fact, FigureComparison, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export { measureOf } from './measure';

// Scores, digit ordinals and clock times are not figures anyone checks against a store;
// a tally of a vote ("voted 11-1", "the 10-2 vote") is.
const NOT_FACTS = new Set<Quantity['form']>(['score', 'ordinal', 'time']);
// The people a report cites are no figure of its story: "two officials briefed on the
// negotiations said", "three people familiar with the matter told Reuters". People only: "712
// cases had been confirmed" is the story's figure.
const SPEAKERS_AFTER = /^[^,.;:\d“”"]{0,60}?[^\S\n](?:said|says|say|told|confirmed)\b/;
// "The death toll from the two fires rose", "The two leaders met": a few things the story has
// named, called back by their number in words, are a reference to them, not a figure of them.
const CALLED_BACK = new RegExp(String.raw`^(?:two|three|four|five|six|seven|eight|nine|ten)${S}\p{Ll}+s$`, 'iu');
const THE_BEFORE = new RegExp(String.raw`\bthe${S}$`, 'i');
// "killed 67 people: the 64 on the jet and the three soldiers on the helicopter": after a colon
// that follows a figure, "the" sets out the parts of that total, each a figure of its own.
const TOTAL_BROKEN_DOWN = /\d[^:;.]*:[^:;.]*$/;
function notFact(sentence: string, q: Quantity): boolean {
  if (packSize(sentence, q)) return true;
  if (q.form === 'count' && countFamily(q.unit).family === 'person' && SPEAKERS_AFTER.test(withoutPassiveSaying(sentence.slice(q.end)))) return true;
  if (q.form === 'count' && CALLED_BACK.test(q.text) && THE_BEFORE.test(sentence.slice(Math.max(0, q.start - 8), q.start)) && !TOTAL_BROKEN_DOWN.test(sentence.slice(0, q.start)) && !deadCalledBack(sentence.slice(q.end))) return true;
  return NOT_FACTS.has(q.form) && !(q.form === 'score' && measureOf(sentence, q).includes('vote')) && !zonedTime(sentence, q);
}

/** Every figure and date of the article, each with its sentence and what it measures.
 *  `mentions` are the entity mentions of its text (paragraphs joined by a blank line), as
 *  the knowledge build found them; found here when not given. */
export function extractFacts(article: Article, mentions?: readonly EntityMention[]): Fact[] {
  const text = article.paragraphs.join('\n\n');
  const whole = byStart(mentions ? { text, mentions } : findNamed(text));
  const facts: Fact[] = [];
  let before: Named | null = null;
  let lead: string[] | null = null;
  let base = 0;
  const past: Named[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    const inParagraph: Named[] = [];
    for (const sentence of splitSentences(paragraph)) {
      const from = base + sentence.start;
      const names = namedPart(whole, from, from + sentence.text.length);
      // Whose figures a story gives when a sentence does not say: the institution its lead names.
      lead ??= ownersOf(names, false, 0, contrastPart(names.text, 0).end);
      // Where a figure's owner is looked for when its sentence names none: the paragraph's
      // sentences before it, or the sentence before at the paragraph's start.
      const earlier = inParagraph.length > 0 ? inParagraph : before ? [before] : [];
      // The sentences before those, where a body the paragraph calls by its head word ("the
      // authority") was named.
      const further = inParagraph.length > 0 ? past : past.slice(0, -1);
      const found = findQuantities(sentence.text);
      for (const bare of found) {
        const q = withPairedUnit(sentence.text, bare, found);
        if (notFact(sentence.text, q) || isLabel(sentence.text, q, found)) continue;
        const measure = [...measureOf(sentence.text, q, before?.text), ...frameOf(names, q, earlier, lead, further)];
        facts.push({
          id: `${article.id}:${p}:${sentence.start + q.start}`,
          quantity: q,
          where: { articleId: article.id, sentence: sentence.text, start: q.start, end: q.end },
          measure: [...measure, ...storyBodyMarks(q, measure, whole)], // figure-failed-parties.ts
          date: article.date,
        });
      }
      before = names;
      inParagraph.push(names);
    }
    past.push(...inParagraph);
    base += paragraph.length + 2;
  });
  return facts;
}

/** Whose figure it is, what kind of reading, what goods it is of and what a sum is over,
 *  beside what it measures. */
/** The clause of `text` holding `q`, and its span there. */
function clauseOf(text: string, q: Quantity): { text: string; span: { start: number; end: number; countAt?: number; figureAt?: number; sumAt?: number; raiseAt?: number } } {
  const clause = clauseAround(text, q.start, q.end);
  const span = { start: clause.offset, end: clause.offset + clause.text.length, figureAt: q.start };
  // A count may be a company's own (figure-actors.ts), and a sum it loses or reckons
  // (figure-sum-owners.ts); a share it is set, not.
  if (q.form === 'money') return { text: clause.text, span: { ...span, sumAt: q.start } };
  // A raise of pay may be a company's own (figure-raise-owners.ts).
  if (payRaise(text, q) !== null) return { text: clause.text, span: { ...span, raiseAt: q.start } };
  return { text: clause.text, span: q.form === 'count' && q.kind === 'number' ? { ...span, countAt: q.start } : span };
}

function frameOf(sentence: Named, q: Quantity, earlier: string | readonly Named[], lead: readonly string[] = [], further: readonly Named[] = []): string[] {
  const { text: clauseText, span } = clauseOf(sentence.text, q);
  const subjects = q.form === 'money' ? [...new Set([...subjectMarks(sentence.text.slice(q.end, span.end)), ...costSubjects(clauseText)])] : [];
  const before = typeof earlier === 'string' ? [earlier] : [...further, ...earlier].map((n) => n.text);
  const election = electionMarks(sentence.text, q.start, before);
  const speakers = isShare(q) ? speakerMarks(sentence) : [];
  // A craft's height is the craft's, whoever found it (measure-heights.ts); a sum a country
  // gives is that country's pledge (figure-donors.ts), and a medal tally its winner's.
  const donors = q.form === 'money' ? donorMarks(sentence, q.start, q.end, OWNER_MARK) : tallyWinners(sentence, q).map((w) => `${OWNER_MARK}${w}`);
  // An engine's size is the engine's, whoever's cars have it (figure-engine-sizes.ts).
  const owners = donors.length > 0 ? donors : heightReading(sentence.text, q) === ALTITUDE || engineSize(sentence.text, q) ? [] : ownerMarks(sentence, span, earlier, countsTheDead(sentence.text, q) ? [] : lead, further);
  const engine = engineSize(sentence.text, q) ? [ENGINE_MARK] : [];
  return [...owners, ...election, ...sumReadings(readingMarks(sentence.text, q.start, q.end, q.kind), q), ...goodsMarks(clauseText), ...subjects, ...speakers, ...engine];
}

/** "Insured losses could reach $40 billion, the modeler said": a sum is estimated by what it
 *  could come to, so for a sum that is an estimate like any other, not a bound on a count
 *  still to be made ("deaths could exceed 10,000"). */
function sumReadings(marks: string[], q: Quantity): string[] {
  return q.form === 'money' ? marks.filter((m) => m !== POSSIBLE_MARK) : marks;
}

/** Two levels of one named share ("a 15% tariff", "tariffs of 50%") are one measure however
 *  far apart; a count or a day's move three times another is likely something else. */
function levelsOfOneMeasure(page: Measured, stored: Measured, sentence: string, q: Quantity, fact: Fact): boolean {
  if (page.family !== 'percent' || stored.family !== 'percent') return false;
  if (![...page.topics].some((t) => stored.topics.has(t))) return false;
  return !isMove(sentence, q.start) && !isMove(fact.where.sentence, fact.where.start);
}

/** A running count of one place may have grown past three times an older tally ("cases in
 *  the Americas have risen to 7,132" against the stored 2,318), though up to ten times only;
 *  without a place in common, a count that large is likely another place's. A body both name
 *  as the count's pins it to one thing as a place does ("the collapse of a tower being built
 *  for the State Audit Office killed 89 people" against the stored 10 of its collapse). */
function laterTally(page: Measured, stored: Measured, q: Quantity, fact: Fact, shared: ReadonlySet<string>): boolean {
  const [x, v] = [q.value, fact.quantity.value];
  if (x === null || v === null || v <= 0 || x <= v || x / v > 10 || !runningCount(shared)) return false;
  const sameBody = page.owners.size > 0 && stored.owners.size > 0 && !ownersConflict(page.ownerNames, stored.ownerNames);
  return sameBody || [...page.places].some((p) => stored.places.has(p));
}

/** A date that only says when the figure before it is for ("1.9% in 2027"), the period a
 *  figure is measured over ("in the 12 months to July"), or a security's maturity ("the
 *  10-year Treasury note"). */
function isLabel(sentence: string, q: Quantity, found: readonly Quantity[]): boolean {
  if (q.form === 'duration') return measuringWindow(sentence, q.start, q.end) || namesSecurity(sentence, q);
  if (q.kind !== 'date') return false;
  const previous = found.filter((p) => p.end <= q.start).pop();
  if (previous === undefined || previous.kind !== 'number' || !labelsFigure(sentence, previous.end, q.start)) return false;
  // "upheld the shopping fine of €2.42 billion in September 2024": a sum that names a known
  // thing ("the … of") leaves the date to the clause's verb.
  return !(previous.form === 'money' && NAMES_KNOWN_SUM.test(sentence.slice(Math.max(0, previous.start - 40), previous.start)));
}
const NAMES_KNOWN_SUM = new RegExp(String.raw`\bthe${S}(?:[\p{L}-]+${S}){1,3}of${S}$`, 'u');

// Facts live as long as the index; analyse each once, not once per hovered figure.
const measuredFact = cachedPerFact((fact): ReturnType<typeof measured> => measured(fact.quantity, fact.measure, fact.date));

// Which part a stored figure is, asked only of the few a page's part is set against.
const storedPart = cachedPerFact((fact): string | null => splitPart(fact.where.sentence, fact.quantity, findQuantities(fact.where.sentence)));

/** The owner marks of a page figure `q` (offsets within `sentence`), `earlier` as for
 *  compareFigure: the only part of the figure's measure the text before its sentence moves. */
export function pageOwnerMarks(q: Quantity, sentence: string, earlier: string): string[] {
  const owners = heightReading(sentence, q) === ALTITUDE || engineSize(sentence, q) ? [] : ownerMarks(named(sentence), clauseOf(sentence, q).span, earlier);
  return [...owners, ...electionMarks(sentence, q.start, [earlier])];
}

/**
 * Stored facts that measure the same thing as the page figure `q` (offsets within
 * `sentence`; `before` is the sentence before it, `earlier` the text before it with the
 * paragraphs before in reach, paragraphBefore, where its owner is looked for), each with a
 * verdict, best first: an agreeing figure, then the most similar measure, then the newest
 * stored article.
 * Empty when nothing stored measures the same thing.
 */
export function compareFigure(facts: readonly Fact[], figure: Quantity, sentence: string, before = '', earlier = before): FigureComparison[] {
  const found = findQuantities(sentence);
  const q = withPairedUnit(sentence, figure, found);
  if (q.form === 'time') return sameMoments(facts, q, sentence);
  if (notFact(sentence, q) || isLabel(sentence, q, found)) return [];
  const foreseen = foreseenFall(sentence, q); // figure-foreseen-falls.ts
  const reading = pageReadingKind(sentence, q, found);
  const page = measured(q, [...measureOf(sentence, q, before), ...frameOf(named(sentence), q, earlier)]);
  if (!page) return [];
  const events = pageEventReading(sentence, q);
  const part = splitPart(sentence, q, found);
  const bounded = withBoundBefore(sentence, q);
  // A stored figure the page gives as this one's earlier value is this measure at any size.
  const then = earlierValue(sentence, q, found);
  const was = then === null ? undefined : compareFigure(facts, then, sentence, before, earlier).find((c) => c.verdict === 'agrees')?.fact;
  // A sum converted in brackets is set against the stored conversions of what it converts (figure-conversions.ts).
  const source = convertedSum(sentence, q, found);
  const sources = source === null ? [] : compareFigure(facts, source, sentence, before, earlier).filter((c) => c.verdict === 'agrees').map((c) => c.fact);
  const out: FigureComparison[] = [];
  for (const fact of facts) {
    const stored = measuredFact(fact);
    if (!stored || !(sameKindOfReading(reading, storedReadingKind(fact)) || (restatedTotal(reading, storedReadingKind(fact), q, fact.quantity) && !oneOfSeveral(fact.where.sentence, fact.where.start, fact.where.end) && !oneOfSeveral(sentence, q.start, q.end)))) continue;
    if (strikesOfOtherEmployers(sentence, q, fact)) continue;
    if (taskTimesApart(sentence, q, fact)) continue;
    if (releasedAndStillHeld(sentence, q, fact)) continue; // figure-released-held.ts
    if (enginesOfOtherMakers(sentence, q, fact)) continue; // figure-engine-makers.ts
    if (pricesOfOtherGoods(sentence, q, fact)) continue; // figure-priced-goods.ts
    if (foreseenApart(foreseen, fact) || countsOfOtherExtents(sentence, q, fact)) continue; // figure-foreseen-falls.ts, figure-count-extents.ts
    if (finesOfOtherParties(sentence, q, earlier, fact)) continue; // figure-fined-parties.ts
    if (costsOfOtherFailures(sentence, q, page.topics, earlier, fact)) continue; // figure-failed-parties.ts
    if (distancesOfOtherThings(sentence, q, fact)) continue; // figure-located-things.ts
    if (anotherEventsToll(events, fact)) continue;
    if (partOfToll(sentence, q.end) !== partOfToll(fact.where.sentence, fact.quantity.end)) continue;
    if (part !== null && !samePart(part, storedPart(fact), stored.places)) continue;
    const similarity = restatedMoneyRange(sentence, q, fact) || sameConversion(q, fact, sources) ? Math.max(SAME_MEASURE_THRESHOLD, measureSimilarity(page, stored)) : measureSimilarity(page, stored, restatedInSameWords(sentence, q, fact, page, stored));
    if (similarity < SAME_MEASURE_THRESHOLD) continue;
    const shared = new Set([...page.events].filter((e) => stored.events.has(e)));
    const judged = judgeFigures(bounded, factWithBoundBefore(fact), shared, fact === was || levelsOfOneMeasure(page, stored, sentence, q, fact) || laterTally(page, stored, q, fact, shared) || talliesOfAnySize(sentence, q, fact, page, stored));
    if (judged?.verdict === 'differs' && requiredFloor(sentence, q) && (fact.quantity.value ?? 0) > (q.value ?? 0)) continue; // figure-required-floors.ts
    if (judged?.verdict === 'differs' && capsOfOtherBases(q, sentence, fact.quantity, fact.where.sentence)) continue; // figure-cap-bases.ts
    if (judged?.verdict === 'differs' && q.form === 'money' && allocationsApart(sentence, q, found, fact)) continue; // figure-allocations.ts
    if (judged && (judged.verdict === 'agrees' || differenceTellable(page, stored))) out.push({ ...judged, fact, similarity });
  }
  out.push(...sameRates(facts, q, sentence).filter((r) => !foreseenApart(foreseen, r.fact) && !out.some((c) => c.fact === r.fact && c.verdict === 'agrees')));
  // A stored figure of the same value that measures much the same thing is the one the page
  // repeats: "the release of 33 hostages held in Gaza" agrees with the 33 to be released,
  // though the 91 "still in Gaza" share more of its words. Short of that, a changed value
  // ("cut the penalty to €4.124 billion") is set against what it was changed from.
  const referred = referredFigure(sentence, q, before);
  const from = referred === null ? undefined : compareFigure(facts, referred, before).find((c) => c.verdict === 'agrees')?.fact;
  return laterRestatement(supersededBounds( // figure-later-restatements.ts
    out.sort(
      (a, b) =>
        Number(b.verdict === 'agrees') - Number(a.verdict === 'agrees') ||
        Number(b.fact === from) - Number(a.fact === from) ||
        b.similarity - a.similarity ||
        Number(sameWinner(page, measuredFact(b.fact))) - Number(sameWinner(page, measuredFact(a.fact))) ||
        (b.fact.date ?? '').localeCompare(a.fact.date ?? ''),
    ),
    q,
  ), facts, measuredFact, (f) => judgeFigures(bounded, factWithBoundBefore(f), page.events));
}

/** "At least 10 people have died" allows a page's 17, but a later stored article's exact count
 *  of what happened to them (16, 25) says more: the page's figure is judged against the newest
 *  exact one where the best agreement is only a bound's, older than it. */
function supersededBounds(sorted: FigureComparison[], q: Quantity): FigureComparison[] {
  const [best] = sorted;
  if (best === undefined || best.verdict !== 'agrees' || best.fact.quantity.qualifier === null || best.fact.quantity.value === q.value) return sorted;
  const newer = sorted.find((c) => c.verdict === 'differs' && c.fact.quantity.qualifier === null && (c.fact.date ?? '') > (best.fact.date ?? ''));
  return newer === undefined ? sorted : [newer, ...sorted.filter((c) => c !== newer)];
}
