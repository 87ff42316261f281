// What a figure measures, read back from its stored measure words: what is counted (unit
// family and role), what happened to it (events), what it is about (topics), where (places),
// whose it is (owners) and which reading, year, election, goods or subjects it is of.
// figure-similarity.ts compares two of these.

import { VOTE_SHARE } from './measure-vote-shares';
import { PAY_RAISE } from './measure-raises';
import { ON_STRIKE } from './measure-strikers';
import { MEMBERSHIP } from './measure-members';
import { MEDAL_TALLY } from './figure-medal-tallies';
import { OTHER_GAMES_TALLY, gamesYearOf } from './figure-tally-games';
import { PEOPLE_OF_KINDS } from './measure-people-lists';
import { dayInContext } from './dates';
import { SPEAKER_MARK } from './figure-actors';
import { ELECTION_MARK } from './figure-elections';
import { GOODS_MARK } from './figure-goods';
import { SUBJECT_MARK } from './figure-subjects';
import { OWNER_MARK } from './figure-owners';
import { OWNER_NAME_MARK } from './figure-owner-names';
import { FORECAST_MARK, NEXT_MARK, POSSIBLE_MARK, TARGET_MARK, YEAR_MARK, forYear, type ForYear } from './figure-readings';
import { countFamily } from './figure-families';
import { ENGINE_MARK } from './figure-engine-sizes';
import { STORY_BODY_MARK } from './figure-failed-parties';
import { ELAPSED_MARK, LENGTH_MARK } from './measure-durations';
import { eventLemma, topicLemma } from './measure-lexicon';
import { AGE_OF_MARK, COUNTS_MARK, ROLE_MARK } from './measure-phrases';
import { isDuration, isShare } from './quantity-kinds';
import type { Quantity } from './types';

export interface Measured {
  /** person | hostage | prisoner | duration | percent | money:USD | date | <noun> | null (bare count). */
  family: string | null;
  /** Specific kind of person ("militant"); null for people in general. */
  role: string | null;
  unit: string | null;
  events: Set<string>;
  topics: Set<string>;
  places: Set<string>;
  /** Durations: how long something lasts, or how long it has run so far; null when unsaid. */
  aspect: 'length' | 'elapsed' | null;
  /** Dates: the one day meant ("2023-10-07"), its year as written or, for a stored date,
   *  taken from its article's date; null when the day or the year is unknown. */
  day: string | null;
  /** Whose figure: the institutions named for it (figure-owners.ts). */
  owners: Set<string>;
  /** The owners by every name the store knows them by (figure-owner-names.ts), for telling
   *  whether two figures' owners can be one; `owners` says how many bodies there are. */
  ownerNames: Set<string>;
  /** A target, a forecast or (null) an outcome, and the year a figure is for. */
  reading: 'target' | 'forecast' | 'possible' | null;
  /** A date of the next of something that recurs, relative to its own article's day. */
  next: boolean;
  /** What its clause says goods are (figure-goods.ts): what a tariff is on. */
  goods: Set<string>;
  /** What a sum is over (figure-subjects.ts). */
  subjects: Set<string>;
  /** The level of the election it is of (figure-elections.ts), null when unsaid. */
  election: string | null;
  /** The organisations that give a share in their own voice (figure-actors.ts). */
  speakers: Set<string>;
  year: ForYear | null;
  /** A medal tally's Games by year: the year it names, or a stored running tally's article year. */
  gamesYear: string | null;
}

type MarkedSet = 'owners' | 'ownerNames' | 'goods' | 'speakers' | 'subjects';
/** A marked measure word, the set it goes to and whether it keeps its mark there. A person's
 *  age is theirs; goods and subjects are compared with their marks on. */
const MARKED: readonly (readonly [mark: string, into: MarkedSet, keepMark: boolean])[] = [
  [AGE_OF_MARK, 'owners', false],
  [OWNER_MARK, 'owners', false],
  [OWNER_NAME_MARK, 'ownerNames', false],
  [GOODS_MARK, 'goods', true],
  [SPEAKER_MARK, 'speakers', false],
  [SUBJECT_MARK, 'subjects', true],
];

/** Money carries its ISO code as unit ("USD"); counted nouns are lower-case. */
function isCurrency(unit: string | null): boolean {
  return unit !== null && /^[A-Z]{3}$/.test(unit);
}

/** Splits a stored measure word list back into its parts, using the quantity for the unit.
 *  `articleDate` (a stored figure's) dates a day written without its year. */
export function measured(q: Quantity, measure: readonly string[], articleDate?: string): Measured | null {
  // A count a phrase says the noun of: a part of a counted whole, an age (measure-phrases.ts),
  // a group's size, its "25 crew members" too (measure-group-sizes.ts).
  const counted = measure.find((w) => w.startsWith(COUNTS_MARK))?.slice(COUNTS_MARK.length);
  const unit = counted ?? q.unit?.toLowerCase() ?? null;
  let family: string | null;
  let role: string | null = null;
  const events = new Set<string>();
  if (q.kind === 'date') {
    if (q.form === 'time') return null;
    family = 'date';
  } else if (isDuration(q)) family = 'duration';
  // A change in points ("3 percentage points", "25 basis points") is not a level in percent.
  else if (isShare(q)) family = /\bpoints?$/i.test(q.text) ? 'points' : 'percent';
  else if (q.form === 'money' || (q.form === 'range' && isCurrency(q.unit))) family = `money:${q.unit ?? '?'}`;
  else if (q.form === 'score') family = 'tally';
  else if (q.form === 'ordinal') return null;
  else {
    // Several kinds of people listed are people in general (measure-people-lists.ts).
    // A noun the span stops short of has words of its own before it ("8.5 million slot machines").
    const modified = unit !== null && !q.text.toLowerCase().endsWith(unit);
    const counted = measure.includes(PEOPLE_OF_KINDS) ? countFamily('people', measure) : countFamily(unit, measure, modified);
    // People on strike are strikers whatever noun counts them ("members", "workers", none), and
    // the people a body represents its members ("represents about 146,000 workers").
    const strikers = measure.includes(ON_STRIKE);
    const members = measure.includes(MEMBERSHIP) && (counted.family === null || counted.family === 'person' || counted.family === 'member');
    family = strikers ? 'striker' : members ? 'member' : counted.family;
    role = strikers || members ? null : counted.role;
    for (const e of counted.events) events.add(e);
  }
  const topics = new Set<string>();
  const places = new Set<string>();
  let aspect: Measured['aspect'] = null;
  const sets: Record<MarkedSet, Set<string>> = { owners: new Set(), ownerNames: new Set(), goods: new Set(), speakers: new Set(), subjects: new Set() };
  const { owners, ownerNames, goods, speakers, subjects } = sets;
  let reading: Measured['reading'] = null;
  let next = false;
  let year: ForYear | null = null;
  let gamesYear: string | null = null;
  let election: string | null = null;
  for (const word of measure) {
    // A sum's unit is its currency code ("EUR"), kept upper-case in the measure.
    if (word.toLowerCase() === unit || word.toLowerCase() === q.unit?.toLowerCase()) continue;
    // Role and counts marks: countFamily above has made them the family and role, so they
    // are no measure word of their own.
    if (word.startsWith(ROLE_MARK) || word.startsWith(COUNTS_MARK)) continue;
    // The bodies a stored cost's story names are read by figure-failed-parties.ts alone.
    if (word.startsWith(STORY_BODY_MARK)) continue;
    const into = MARKED.find(([mark]) => word.startsWith(mark));
    if (into !== undefined) {
      const [mark, field, keepMark] = into;
      sets[field].add(keepMark ? word : word.slice(mark.length));
      continue;
    }
    if (word.startsWith(ELECTION_MARK)) {
      election = word;
      continue;
    }
    const games = gamesYearOf(word);
    if (games !== null) {
      // Of the stored story's own year, a running tally; of another, another Games'.
      gamesYear = games;
      if (articleDate === undefined || articleDate.startsWith(games)) events.add(MEDAL_TALLY);
      else topics.add(OTHER_GAMES_TALLY);
      continue;
    }
    if (word === VOTE_SHARE || word === PAY_RAISE || word === OTHER_GAMES_TALLY || word === ENGINE_MARK) {
      topics.add(word);
      continue;
    }
    // Won is what befell a tally (figure-medal-tallies.ts).
    if (word === PEOPLE_OF_KINDS) continue;
    if (word === MEDAL_TALLY) {
      events.add(word);
      continue;
    }
    if (word === NEXT_MARK) {
      next = true;
      continue;
    }
    if (word === TARGET_MARK || word === FORECAST_MARK || word === POSSIBLE_MARK) {
      reading = word === TARGET_MARK ? 'target' : word === FORECAST_MARK ? 'forecast' : 'possible';
      continue;
    }
    if (word.startsWith(YEAR_MARK)) {
      year = forYear(word, articleDate);
      continue;
    }
    if (word === LENGTH_MARK || word === ELAPSED_MARK) {
      aspect = word === LENGTH_MARK ? 'length' : 'elapsed';
      continue;
    }
    // Stored words are lemmas already, and every lemma is its own surface word.
    const event = eventLemma(word);
    const topic = topicLemma(word);
    if (event) events.add(event);
    else if (topic) topics.add(topic);
    else places.add(word);
  }
  const day = q.kind === 'date' && q.iso !== undefined ? dayInContext(q.iso, articleDate) : null;
  if (gamesYear === null && events.has(MEDAL_TALLY) && articleDate !== undefined) gamesYear = articleDate.slice(0, 4);
  return { family, role, unit, events, topics, places, aspect, day, owners, ownerNames: new Set([...owners, ...ownerNames]), reading, year, gamesYear, next, goods, subjects, election, speakers };
}
