// What a figure measures: its unit noun plus the key words of the clause it sits in.
// "left 1,210 people dead in Israel" → ["people", "dead", "israel"]. Two figures can only
// be compared when they measure the same thing, so this is the first half of a comparison.
// A small lexicon rather than a parser: news states figures with a handful of verbs and
// nouns (killed, held, released, displaced; ceasefire, war, turnout, aid, budget…).
// Its parts: clauses (measure-clauses.ts), key words (measure-words.ts), places
// (measure-places.ts), durations (measure-durations.ts), phrases (measure-phrases.ts).

import { clauseAround, nearestTopics } from './measure-clauses';
import { durationAspect } from './measure-durations';
import { EVENT_LEMMAS, demonymPlace, eventLemma, sumOnlyTopic } from './measure-lexicon';
import { ageMarks, apposedRole, landBurned, listedAfterColon, magnitude, membership, neededCount, partOfWhole, phraseTopics, reachedWithAid, shareBaseLength, sinceDate, wholeOfList, withoutRecords } from './measure-phrases';
import { listedPlace, placesIn, struckPlaces } from './measure-places';
import { withoutReadingPlaces } from './measure-reading-places';
import { sharePrice } from './measure-stocks';
import { unitPrice } from './measure-unit-prices';
import { valueBasis } from './measure-values';
import { promisedSpending } from './measure-pledges';
import { planCost } from './measure-plans';
import { demandedSum } from './measure-demanded-sums';
import { ownLosses } from './measure-own-losses';
import { secondStatement } from './measure-reported-clauses';
import { declaredOn } from './measure-declarations';
import { dealStep } from './measure-steps';
import { voteShare } from './measure-vote-shares';
import { payRaise } from './measure-raises';
import { raiseRecipients } from './measure-raise-recipients';
import { prisonTerm } from './measure-prison-terms';
import { onStrike } from './measure-strikers';
import { membersOrStaff } from './measure-members';
import { medalTally } from './figure-medal-tallies';
import { otherGamesTally } from './figure-tally-games';
import { othersDeliberation } from './measure-deliberations';
import { onlyRoadTolls } from './measure-road-tolls';
import { peopleOfKinds } from './measure-people-lists';
import { collisionTopic, heightReading } from './measure-heights';
import { asksForSum, topicsIn, words } from './measure-words';
import { groupSize } from './measure-group-sizes';
import { partOfWhich } from './measure-of-which';
import { spacing } from './measure-spacings';
import { handedOver } from './measure-handovers';
import { sumLeft } from './measure-sums-left';
import { timeUnderground } from './measure-time-underground';
import { boughtGifts, DONATION } from './measure-bought-gifts';
import { whenClauseTopic } from './measure-when-clauses';
import { elidedSuperlativeTopics } from './measure-elided-superlatives';
import { findQuantities } from './quantities';
import type { Quantity } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** Words by which a figure points back at the one before: "The ministry's previous tally,
 *  published at the end of January, stood at 47,460". */
const REFERS_BACK = /\b(?:tally|figure|count|total|estimate)\b/i;

/** Text before a figure that sets it against the one before it. */
const SET_AGAINST_BEFORE = new RegExp(String.raw`(?:\b(?:rather${S}than|instead${S}of|on${S}top${S}of)|,${S_OPT}not)${S}(?:the${S})?$`, 'i');

/** Text before a figure that makes it the other side of an exchange. */
const EXCHANGED = /\bin exchange for (?:the )?$/i;

/** Whether a figure of `sentence` starting at `start` may measure what the one before it
 *  did: a bare number with a word that points back before it. Context kept for later (the
 *  page report) carries the sentence before only for these. */
export function pointsBack(sentence: string, q: Pick<Quantity, 'kind' | 'unit'>, start: number): boolean {
  return q.kind === 'number' && q.unit === null && REFERS_BACK.test(sentence.slice(0, start));
}

/**
 * Unit + key words of the clause holding `q` (offsets of `q` are within `sentence`):
 * event lemmas ("dead", "held", "release", "returned", "displaced", …), topic lemmas
 * ("ceasefire", "attack", "turnout"…) and place names, all lower-case, no repeats.
 * Dates have no unit; their measure is the event words around them. `before` is the
 * sentence before, for a figure that points back at the one there.
 */
export function measureOf(sentence: string, q: Quantity, before = ''): string[] {
  const out: string[] = [];
  const add = (w: string | null): void => {
    if (w && !out.includes(w)) out.push(w);
  };
  if (q.kind === 'number') add(q.unit);
  add(apposedRole(sentence, q));
  add(partOfWhole(sentence, q) ?? wholeOfList(sentence, q) ?? listedAfterColon(sentence, q) ?? magnitude(sentence, q) ?? partOfWhich(sentence, q));
  add(neededCount(sentence, q));
  add(groupSize(sentence, q) ?? membership(sentence, q) ?? membersOrStaff(sentence, q));
  add(reachedWithAid(sentence, q));
  add(landBurned(sentence, q));
  add(spacing(sentence, q));
  for (const w of ageMarks(sentence, q)) add(w);
  add(durationAspect(sentence, q));
  add(sharePrice(sentence, q));
  add(unitPrice(sentence, q));
  add(valueBasis(sentence, q));
  add(promisedSpending(sentence, q));
  add(planCost(sentence, q));
  add(demandedSum(sentence, q));
  add(ownLosses(sentence, q));
  add(declaredOn(sentence, q));
  add(dealStep(sentence, q));
  add(voteShare(sentence, q));
  const raise = payRaise(sentence, q, before);
  add(raise);
  if (raise !== null) for (const w of raiseRecipients(sentence, q)) add(w);
  for (const w of prisonTerm(sentence, q)) add(w);
  add(onStrike(sentence, q, before));
  add(medalTally(sentence, q) ?? otherGamesTally(sentence, q));
  add(peopleOfKinds(sentence, q));
  add(heightReading(sentence, q));
  add(collisionTopic(sentence, q));
  add(handedOver(sentence, q));
  add(sumLeft(sentence, q));
  add(timeUnderground(sentence, q));
  for (const t of elidedSuperlativeTopics(sentence, q, before)) add(t); // measure-elided-superlatives.ts
  add(whenClauseTopic(sentence, q));
  const clause = clauseAround(sentence, q.start, q.end);
  const qStart = q.start - clause.offset;
  const qEnd = q.end - clause.offset;
  // Words of the figure itself ("forty-two", "million") are not key words, except its unit;
  // nor are the topics of the base a share is taken of ("1% of revenue").
  const after = clause.text.slice(Math.max(0, qEnd));
  const baseEnd = shareBaseLength(q, after);
  const unitWords = q.unit ? words(q.unit) : [];
  const baseWords = words(after.slice(0, baseEnd));
  const clauseWords = [...unitWords, ...words(clause.text.slice(0, Math.max(0, qStart)), sentence.slice(0, clause.offset)), ...words(after.slice(baseEnd))];
  const sum = q.form === 'money';
  // What depositors asked for is a withdrawal only where it is this sum (measure-words.ts).
  const askedSum = sum && asksForSum(clause.text.slice(0, Math.max(0, qStart)), after);
  const clauseTopics = topicsIn(clauseWords, askedSum).map((t, i) => (t !== null && !sum && sumOnlyTopic(clauseWords[i], t, q.kind === 'date') ? null : t));
  // "a 30-storey tower … collapsed, killing 10 people": a count joined to its noun describes a
  // thing; what happened to the thing did not happen to what it counts.
  const describes = q.form === 'count' && /[-\u2010\u2011]\p{L}+$/u.test(q.text);
  clauseWords.forEach((w, i) => add((describes ? null : eventLemma(w)) ?? clauseTopics[i] ?? null));
  for (const w of baseWords) add(eventLemma(w));
  // Both sides of an exchange go free: "in exchange for 1,900 prisoners" (the phrase is a
  // clause break, so the verb it belongs to is in another clause).
  if (EXCHANGED.test(sentence.slice(0, q.start))) add('release');
  // A bare figure whose clause says nothing of what happened takes it from the sentence's
  // subject: "The death toll in Gaza, after 15 months of war, has risen to 48,200".
  if (q.kind === 'number' && q.unit === null && !clauseWords.some((w) => eventLemma(w) !== null)) {
    for (const w of words(sentence.slice(0, clause.offset))) add(eventLemma(w));
  }
  // What the nearest clause that says is about holds for a clause that does not:
  // "The Jenin operation, which began on January 21" is the operation's date; "inflation,
  // which reached 3.6% in June" is inflation, whatever else the sentence speaks of.
  if (clauseTopics.every((t) => t === null) && !sinceDate(sentence, q) && !secondStatement(sentence, clause.offset)) for (const t of nearestTopics(sentence, clause.offset, q.kind === 'date', sum)) add(t);
  // What a phrase says beside that: "The truce took effect on January 19" is the truce's
  // day and the day something took effect; "a 60-day deadline" is "60 days to comply".
  for (const t of phraseTopics(sentence, q)) add(t);
  // A bare figure that says nothing of what happened but points back ("the previous tally
  // stood at 47,460") measures what the last figure of the sentence before (`before`) did.
  if (before !== '' && pointsBack(sentence, q, q.start) && !out.some((w) => EVENT_LEMMAS.has(w))) {
    const previous = findQuantities(before).filter((p) => p.kind === 'number').pop();
    if (previous) for (const w of measureOf(before, previous)) add(w);
  }
  // "voting to give the agency $24.9 billion, … rather than the $18.8 billion the White House
  // asked for", "released another $6 million, on top of the $11 million sent in March", "put
  // the share at 46.7%, not 48.1%": the figure set against another measures what that one does.
  if (q.kind === 'number' && SET_AGAINST_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start))) {
    const other = findQuantities(sentence).filter((p) => p.end <= q.start && p.form === q.form).pop();
    if (other) for (const w of measureOf(sentence, other)) add(w);
  }
  if (q.unit) add(demonymPlace(q.unit));
  // Likewise a place said once for the whole sentence:
  // "the deaths of 50 militants and the detention of 100 individuals in the Jenin area".
  const placed = withoutReadingPlaces(sentence, q); // measure-reading-places.ts
  const places = placesIn(placed.slice(clause.offset, clause.offset + clause.text.length));
  const listed = listedPlace(sentence, q.start);
  if (listed !== null) places.push(listed);
  // A place the sentence says an event struck is one of its places: "A
  // magnitude 7.7 earthquake struck central Myanmar …, as rescuers dug … in Mandalay".
  for (const place of places.length > 0 ? places : [...struckPlaces(withoutRecords(placed)), ...placesIn(withoutRecords(placed), false)]) add(place);
  // A cabinet's or a board's deliberation is no jury's (measure-deliberations.ts).
  if (out.includes('deliberation') && othersDeliberation(sentence, q)) return out.filter((w) => w !== 'deliberation');
  if (out.includes('dead') && onlyRoadTolls(sentence)) return out.filter((w) => w !== 'dead');
  if (out.includes(DONATION) && boughtGifts(sentence)) return out.filter((w) => w !== DONATION); // measure-bought-gifts.ts
  return out;
}
