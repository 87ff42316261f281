// Do two figures measure the same thing? Compares what is counted (unit family and role),
// what happened to it (event lemmas), what it is about (topics) and where (places).
// Conflicts on any of these rule a comparison out: 33 hostages are not 1,900 prisoners,
// 50 militants killed are not 100 individuals detained, deaths in Gaza are not deaths in Israel.

import { ELECTION_MARK } from './figure-elections';
import { goodsConflict } from './figure-goods';
import { subjectsConflict } from './figure-subjects';
import { ownersConflict, sameOwner } from './figure-institutions';
import { yearsConflict } from './figure-readings';
import { singularOrNull } from './figure-families';
import type { Measured } from './figure-measured';
import { DISTANCE_APART } from './measure-phrases';
import { sharePriceMove } from './measure-stocks';
import { basesConflict } from './measure-values';
import { RELATED_SUM_TOPICS } from './measure-pledges';
import { stepsConflict } from './measure-steps';
import { heightsApart, heightsOfOneEvent, isHeight } from './measure-heights';
import { spacingsApart } from './measure-spacings';
import { VOTE_SHARE } from './measure-vote-shares';
import { PAY_RAISE } from './measure-raises';
import { prisonTermsApart } from './measure-prison-terms';
import { sumsLeftApart } from './measure-sums-left';
import { placesNested } from './figure-place-nesting';
import { talliesOfOtherGames } from './figure-tally-games';

/** Below this, two figures are not taken to measure the same thing. */
export const SAME_MEASURE_THRESHOLD = 0.55;

// Hostages released and hostages returned are the same people coming home.
const RELATED_EVENTS = [['release', 'returned']];
// A phase of a deal is part of its timetable: "the 42-day first stage" is the length of
// "the initial 42-day ceasefire deal". Related only for lengths, not for dates or sums.
const RELATED_LENGTH_TOPICS = [['phase', 'ceasefire'], ['phase', 'deal']];
// Inflation is the rise in prices: "a price index rose 2.6%" is a reading of it.
const RELATED_SHARE_TOPICS = [['inflation', 'price']];
// A war is dated by the attack or offensive that opened it.
const RELATED_DATE_TOPICS = [['war', 'attack'], ['war', 'offensive']];
// Topics that are measures, read on any day: two dates that share only one of them ("the
// ECB began cutting rates in June 2024", "fixed-rate mortgages … by the end of 2026") are
// not the dates of one event.
const MEASURE_TOPICS = new Set(['inflation', 'unemployment', 'growth', 'price', 'odds', 'rate', 'population', 'yield', 'euro', 'sterling', 'yen', 'revenue', 'profit', 'cost']);
// Figures of these families say nothing about what they measure without a key word.
const ABSTRACT = /^(?:duration|date|percent|points|tally|money:)/;

function shares(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
function related(a: Set<string>, b: Set<string>, pairs: string[][] = RELATED_EVENTS): boolean {
  return pairs.some(([x, y]) => (a.has(x as string) && b.has(y as string)) || (a.has(y as string) && b.has(x as string)));
}
/** Places overlap by word, so "gaza" meets "gaza strip". */
function placesMeet(a: Set<string>, b: Set<string>): boolean {
  const wordsOf = (s: Set<string>) => new Set([...s].flatMap((p) => p.split(/\s+/)));
  return shares(wordsOf(a), wordsOf(b));
}

/** A quake's magnitude is the one event's own size, not a count that adds up over places, so
 *  one said "near Sagaing" is the one the store says struck Myanmar (figure-place-nesting.ts). */
function eventsOwnSize(page: Measured, stored: Measured): boolean {
  return page.unit === 'magnitude' && stored.unit === 'magnitude';
}

function eventTopics(topics: Set<string>): Set<string> {
  return new Set([...topics].filter((t) => !MEASURE_TOPICS.has(t)));
}

/** Share of the two figures' topic, event and subject words that both have, 0..1; words of
 *  their clauses in common (`sameWords`) count as one more key both have. */
function keyWordOverlap(page: Measured, stored: Measured, sameWords: boolean): number {
  const keys = (m: Measured) => new Set([...m.topics, ...m.events, ...m.subjects]);
  const [a, b] = [keys(page), keys(stored)];
  const union = new Set([...a, ...b]);
  let common = sameWords ? 1 : 0;
  for (const w of union) if (a.has(w) && b.has(w)) common++;
  const size = union.size + (sameWords ? 1 : 0);
  return size === 0 ? 0 : common / size;
}

/** A day given in full on both sides is one day in history, so the page need not repeat
 *  what the store says happened on it: "abducted on Oct. 7, 2023" is the day of "the
 *  October 7, 2023 attack". Only another event named for it ("a flood on …", "the election
 *  on …") keeps the two apart; where each thing happened does not. */
function sameDaySimilarity(page: Measured, stored: Measured, sameWords: boolean): number {
  const named = page.topics.size > 0 && stored.topics.size > 0;
  if (!sameWords && named && !shares(page.topics, stored.topics) && !related(page.topics, stored.topics, RELATED_DATE_TOPICS)) return 0;
  return round(0.55 + 0.3 * keyWordOverlap(page, stored, sameWords) + 0.15 * 0.5);
}

// Events that befall a country rather than acts of a body: their dates are no body's figures.
const HISTORIC_TOPICS = ['coup', 'disaster'];

/** Two dates of one kind of historic event ("the 2021 coup", "since the army seized power in
 *  2021"): who a sentence quotes on it (an election commission, a shadow government) does not
 *  make the date theirs. */
function sameHistoricEvent(page: Measured, stored: Measured): boolean {
  return page.family === 'date' && stored.family === 'date' && HISTORIC_TOPICS.some((t) => page.topics.has(t) && stored.topics.has(t));
}

/** 0..1: how sure we are that `page` and `stored` measure the same thing; 0 on any conflict.
 *  `sameWords`: their clauses share a content word (figure-restated-words.ts), which names
 *  what both are of as a topic both have does; every conflict still holds. */
export function measureSimilarity(page: Measured, stored: Measured, sameWords = false): number {
  if (page.family === 'date' && page.day !== null && page.day === stored.day) return sameDaySimilarity(page, stored, sameWords);
  // Another institution's figure is another figure: the Bank of England's rate is not the Fed's;
  // nor is a state election's a federal one's.
  if (ownersConflict(page.ownerNames, stored.ownerNames) && !sameHistoricEvent(page, stored)) return 0;
  if (electionsApart(page.election, stored.election)) return 0;
  const bare = page.family === null || stored.family === null;
  if (bare) {
    // A bare count ("the toll rose to 48,200") meets people, hostages, … but nothing abstract.
    const other = page.family ?? stored.family;
    if (other !== null && ABSTRACT.test(other)) return 0;
  } else if (page.family !== stored.family) return 0;
  // People in general and one kind of people (militants, soldiers) are different counts.
  if (page.role !== stored.role) return 0;
  // What a count could come to is not a count of what happened.
  if ((page.reading === 'possible') !== (stored.reading === 'possible')) return 0;
  // A craft's height is not the limit it may fly at, nor a distance.
  if (heightsApart(page.topics, stored.topics)) return 0;
  // Things' spacing is no distance from a place or gone (measure-spacings.ts).
  if (spacingsApart(page.topics, stored.topics)) return 0;
  // A tally of other Games, or placed at Games the other does not name, is another tally.
  if (talliesOfOtherGames(page, stored)) return 0;

  let events: number;
  if (page.events.size > 0 && stored.events.size > 0) {
    if (shares(page.events, stored.events)) events = 1;
    else if (related(page.events, stored.events)) events = 0.6;
    else return 0;
  } else events = 0.5; // one side or both say nothing of what happened
  if (bare && events < 1) return 0;

  let places = 0.5;
  // A distance between two places is said from either end: "more than 1,000 km away, near
  // Mandalay" may be the stored "In Bangkok, more than 1,000 km to the south".
  const apart = page.topics.has(DISTANCE_APART) && stored.topics.has(DISTANCE_APART);
  if (page.places.size > 0 && stored.places.size > 0 && !apart) {
    if (!placesMeet(page.places, stored.places) && !(eventsOwnSize(page, stored) && placesNested(page.places, stored.places))) return 0;
    places = 1;
  }

  const topicsShared = sameWords || shares(page.topics, stored.topics);
  // A tariff on steel is not one on all goods or on cars.
  if (page.topics.has('tariff') && stored.topics.has('tariff') && goodsConflict(page.goods, stored.goods)) return 0;
  // A fine over a mobile operating system is not the one over a shopping service.
  if (subjectsConflict(page.subjects, stored.subjects)) return 0;
  const family = page.family ?? stored.family ?? '';
  if (ABSTRACT.test(family)) {
    // A truce's length is not how long it has held so far.
    if (page.aspect !== null && stored.aspect !== null && page.aspect !== stored.aspect) return 0;
    if (/^(?:percent|points|money:)/.test(family) && readingsConflict(page, stored)) return 0;
    // Voters' shares ("Of the members who voted, 54.7% backed the deal") are not the deal's.
    if (page.topics.has(VOTE_SHARE) !== stored.topics.has(VOTE_SHARE)) return 0;
    // A raise of pay is no other share of the story (measure-raises.ts).
    if (page.topics.has(PAY_RAISE) !== stored.topics.has(PAY_RAISE)) return 0;
    // What is left of a sum is no other sum of the story (measure-sums-left.ts).
    if (sumsLeftApart(page.topics, stored.topics)) return 0;
    // A prison term is no other length of the story, and the most a charge carries no term given.
    if (prisonTermsApart(page.topics, stored.topics)) return 0;
    // The price of one seat is not a total, nor the price of a ticket.
    if (perOne(page.topics) !== perOne(stored.topics)) return 0;
    // A deal's value with the debt is not the value of its equity.
    if (basesConflict(page.topics, stored.topics)) return 0;
    // The day a deal was signed is not the day it is to close.
    if (family === 'date' && stepsConflict(page.topics, stored.topics)) return 0;
    // A duration, date, share or sum is only the same one if it is of the same thing.
    // A date needs the same event ("attack", "offensive"): two dates with people killed
    // on them are still two days.
    const lengths = page.aspect === 'length' && stored.aspect === 'length';
    const sameThing =
      family === 'date'
        ? sameWords || shares(eventTopics(page.topics), stored.topics)
        : topicsShared ||
          related(page.topics, stored.topics, RELATED_SHARE_TOPICS) ||
          (family.startsWith('money:') && related(page.topics, stored.topics, RELATED_SUM_TOPICS)) ||
          (lengths && related(page.topics, stored.topics, RELATED_LENGTH_TOPICS));
    if (!sameThing && (family === 'date' || !shares(page.events, stored.events)) && !sameOwnerOnly(page, stored)) return 0;
    return round(0.55 + 0.3 * keyWordOverlap(page, stored, sameWords) + 0.15 * places);
  }
  let topics = 0.5;
  if (sameWords || (page.topics.size > 0 && stored.topics.size > 0)) topics = topicsShared ? 1 : 0.3;
  const unit = bare ? 0.5 : page.unit === stored.unit || singularOrNull(page.unit) === singularOrNull(stored.unit) || family === 'flight' ? 1 : 0.8;
  return round(0.35 * unit + 0.35 * events + 0.15 * topics + 0.15 * places);
}

/** Figures of elections of two levels are two figures; and a state's or a town's election,
 *  said as such ("45 of the 121 seats in the Hamburg Parliament" of "Hamburg's state
 *  election"), is not one of no level said: a story names a smaller election's level, and the
 *  stored coalition's 328 seats, of no level, are the country's. */
function electionsApart(a: string | null, b: string | null): boolean {
  if (a !== null && b !== null) return a !== b;
  return smallerElection(a) || smallerElection(b);
}
const SMALLER_ELECTIONS = new Set([`${ELECTION_MARK}regional`, `${ELECTION_MARK}local`]);
function smallerElection(mark: string | null): boolean {
  return mark !== null && SMALLER_ELECTIONS.has(mark);
}

/** A target is not a reading of what it targets; a forecast for a year ("2.0% this year")
 *  is not an outcome ("2% in June", "0.6% in the first quarter"), though a forecast of no
 *  stated period may be met by one ("turnout of 20 to 25 percent expected"); forecasts for
 *  different years are different forecasts. */
function readingsConflict(page: Measured, stored: Measured): boolean {
  if (yearsConflict(page.year, stored.year)) return true;
  if (page.reading === stored.reading) return false;
  if (page.reading === 'target' || stored.reading === 'target') return true;
  return page.year !== null || stored.year !== null;
}

/** A share or a sum that neither side says anything of but whose it is, one body each ("The
 *  FDP’s 4.3% was confirmed" against "the FDP, at 4.3%, … fell short"): the same owner's same
 *  value is likely the same figure, but another value may be any other of its figures, so only
 *  agreement tells. Where several bodies are named, whose it is is unsure. */
function sameOwnerOnly(page: Measured, stored: Measured): boolean {
  const silent = (m: Measured) => m.topics.size === 0 && m.events.size === 0 && m.subjects.size === 0 && m.owners.size === 1;
  return (ABSTRACT.test(page.family ?? '') && page.family !== 'date' && silent(page) && silent(stored)) || sameSpeakerOnly(page, stored);
}

/** Likewise a share of no body that one group gives on both sides ("About 70% of community
 *  pharmacies … have had trouble, the National Community Pharmacists Association said" and
 *  "The association said about 70% of its members were still having trouble"), saying
 *  nothing of what it is of that sets the two apart: its same value is likely its same
 *  figure, and only agreement tells. */
function sameSpeakerOnly(page: Measured, stored: Measured): boolean {
  const unowned = (m: Measured) => m.family === 'percent' && m.topics.size === 0 && m.subjects.size === 0 && m.owners.size === 0;
  if (!unowned(page) || !unowned(stored)) return false;
  if (page.events.size > 0 && stored.events.size > 0 && !shares(page.events, stored.events)) return false;
  return [...page.speakers].some((a) => [...stored.speakers].some((b) => sameOwner(a, b)));
}

function perOne(topics: Set<string>): string | undefined {
  return [...topics].find((t) => t.startsWith('per-'));
}

/** Whether a different value may be called a difference: counts of people or things say
 *  "differs" only when both figures say what happened to them. "Took 251 hostages" and "91
 *  hostages still held" count hostages, but not the same ones; equal values, though, are
 *  themselves a sign of the same count. Abstract figures are matched by their key words,
 *  but "the next meeting" on another day is another meeting: each article's next one, and
 *  a share price's move on another day another move (measure-stocks.ts). */
export function differenceTellable(page: Measured, stored: Measured): boolean {
  if (page.next || stored.next || sameOwnerOnly(page, stored)) return false;
  if (sharePriceMove(page.family, page.topics) && sharePriceMove(stored.family, stored.topics)) return false;
  if (ABSTRACT.test(page.family ?? stored.family ?? '')) return true;
  if (isHeight(page.topics)) return heightsOfOneEvent(page.topics, stored.topics);
  return page.events.size > 0 && stored.events.size > 0;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
