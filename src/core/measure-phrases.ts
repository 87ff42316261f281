// Phrases that say what a figure measures where no single key word does: the base a share
// is taken of ("10% of turnover"), a time allowed ("60 days to comply"), the day a rule
// took effect ("has applied since March 2024"), and a date that only says since when.

import { topicLemma } from './measure-lexicon';
import { PER_ONE_NOUNS, perOneBefore, perOneForAfter } from './measure-per-one';
import { findQuantities } from './quantities';
import { gappedList } from './quantity-gapped-lists';
import { isShare } from './quantity-kinds';
import type { Quantity } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** Marks for the phrases below; each is its own lemma in the lexicon. */
export const DEADLINE = 'deadline';
export const IN_FORCE = 'in-force';
const BUDGET = 'budget';
export const FIRST_FLIGHT = 'first-flight';

// Words that end the base of a share: "of its revenue | from advertising", "of turnover | if",
// "of kindergartners | have had".
const BASE_ENDS = new Set(
  ('of from in for at by to with over under than since if when which that who whom whose ' +
    'last this next and or but on as after before during while ' +
    // A verb ends it too: "82% of kindergartners | have had both doses".
    'have has had is are was were will would can could may might must do does did').split(' '),
);
const BASE_OPENS_Y = new RegExp(String.raw`${S}(?:of|on)(?=[^\S\n])`, 'y');
const BASE_WORD_Y = new RegExp(String.raw`${S}([\p{L}][\p{L}'’-]*)`, 'uy');

/**
 * Length of the base after a share (`after` is the text that follows it): " of a company's
 * global annual turnover", " on such sales"; 0 when there is none. The base is what the share
 * is taken of, not what is measured: the fine that is "1% of revenue" is a fine, and
 * "75% of its revenue from advertising" is no reading of revenue.
 */
export function shareBaseLength(q: Quantity, after: string): number {
  if (!isShare(q)) return 0;
  BASE_OPENS_Y.lastIndex = 0;
  if (!BASE_OPENS_Y.exec(after)) return 0;
  let end = BASE_OPENS_Y.lastIndex;
  for (let n = 0; n < 6; n++) {
    BASE_WORD_Y.lastIndex = end;
    const m = BASE_WORD_Y.exec(after);
    if (!m || BASE_ENDS.has((m[1] ?? '').toLowerCase())) break;
    end = BASE_WORD_Y.lastIndex;
  }
  return end;
}

// "Both companies have 60 days to comply", "was given 30 days to respond": a time allowed.
const ALLOWED_BEFORE = new RegExp(String.raw`\b(?:has|have|had|having|given|gives|gave|gets?|got)${S}$`, 'i');
const ALLOWED_AFTER = new RegExp(String.raw`^${S}to${S}[a-z]`);
// "took effect in March 2024", "came into force on Jan. 1", "has applied since March 2024".
const IN_FORCE_BEFORE =
  new RegExp(String.raw`\b(?:(?:took|takes?|taken|taking|came|comes?|coming|entered|enters?|went|goes|gone|go)${S}(?:into${S})?(?:effect|force)|(?:been|is|was)${S}in${S}(?:effect|force)|appl(?:ied|ies|y))${S}(?:in|on|from|since)${S}$`, 'i');
const SINCE_BEFORE = new RegExp(String.raw`\bsince${S}$`, 'i');
// "The office, which has been investigating since March 13": an activity going on since a day
// began that day, so the day is its opening ("opened an investigation on March 13").
const ACTIVITY_SINCE_BEFORE = new RegExp(String.raw`\bbeen${S}(\p{Ll}+ing)${S}since${S}$`, 'u');
// "its first flight, in July 2024", "since its first launch in July 2024": a maiden flight.
const FIRST_FLIGHT_BEFORE = new RegExp(String.raw`\b(?:first|maiden|inaugural)${S}(?:flight|launch|mission)s?,?${S}(?:in|on)${S}$`, 'i');
// "$72 million a seat", "$88 million for each seat", "$80 per barrel": a price of one. "$55 a
// share" is what a bidder pays for each share, never what the whole company costs.
const PER_ONE_AFTER = new RegExp(String.raw`^${S}(?:a|an|per|each|for${S}(?:each|every))${S}(${PER_ONE_NOUNS})(?![\w'’-])`, 'i');

// "voting to give the space agency $24.9 billion", "gave NASA $25 billion": a sum given to a
// public body is its budget.
const GIVEN_TO_BODY_BEFORE =
  new RegExp(String.raw`\b(?:giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|allocat(?:e|es|ed|ing))${S}(?:(?:the|its|[\p{Ll}-]+)${S}){0,3}(?:agency|agency’s|department|ministry|\p{Lu}{2,6})${S}(?:(?:about|some|nearly|almost|roughly|around)${S})?$`, 'u');

/** The mark of a sum that is the price of one of something ("per-seat"), said after the sum
 *  or before it ("a per-share price of $55"), or null. */
export function perOne(sentence: string, q: Quantity): string | null {
  if (q.form !== 'money') return null;
  const noun = PER_ONE_AFTER.exec(sentence.slice(q.end, q.end + 24))?.[1]?.toLowerCase() ?? perOneForAfter(sentence.slice(q.end, q.end + 40)) ?? perOneBefore(sentence, q.start);
  return noun === null ? null : `per-${noun}`;
}

// "missed the 5% threshold", "failed to clear the 5% hurdle": the share a party needs.
const THRESHOLD_AFTER = new RegExp(String.raw`^${S}(?:threshold|hurdle)s?\b`, 'i');
const SHARE_THRESHOLD = 'share-threshold';

// "since the army seized power in 2021": the day of a coup, said without the word.
const SEIZED_POWER_BEFORE = new RegExp(String.raw`\b(?:seized|seize|seizes|seizing|took|grabbed|grabbing)${S}power${S}(?:in|on)${S}$`, 'i');
const COUP = 'coup';
// How far one place lies from another: "more than 1,000 km away, near Mandalay", "In Bangkok,
// more than 1,000 km to the south", "about 16 km northwest of Sagaing". Each side may name
// either end (figure-similarity.ts).
const LENGTH_UNIT = /^(?:km|kilomet(?:er|re)s?|miles?|mi)$/i;
const APART_AFTER = new RegExp(String.raw`^,?${S}(?:away\b|to${S}the${S}(?:north|south|east|west)|(?:north|south|east|west)(?:-?(?:east|west))?${S}of\b)`, 'i');
export const DISTANCE_APART = 'distance-apart';
// How long systems have been out: "had been offline for 12 days", "its systems had been down
// for 16 days" ("down" only of systems: shares "were down for five days in a row" are not out).
// A mark, not the word "outage": "the outage began on Feb. 21" is the day of the attack.
const OUT_VERB = String.raw`(?:(?:has|have|had)${S}been|been|was|were|is|are|went|gone|remained|remains|stayed|stays)`;
const OUT_OF_SERVICE_BEFORE = new RegExp(
  String.raw`(?:\b${OUT_VERB}${S}offline|\b(?:systems?|networks?|servers?|websites?|sites?|platforms?|services?|computers?)${S}${OUT_VERB}${S}down)${S}for${S}$`,
  'i',
);
const OUT_OF_SERVICE = 'out-of-service';
// The share of something working again: "about 80% of Change Healthcare's claims systems are
// running again", "99% of its claims systems were back online". Not "running on time".
const BACK_IN_SERVICE_AFTER =
  new RegExp(String.raw`^[^.;:!?\n]{0,60}?[^\S\n](?:are|were|is|was|(?:has|have|had)${S}been)${S}(?:(?:running|working|operating|up)${S}again|back${S}(?:online|up)|restored)\b`, 'i');
const BACK_IN_SERVICE = 'back-in-service';

/** Topics a phrase around the figure at [q.start, q.end) of `sentence` gives it. */
export function phraseTopics(sentence: string, q: Quantity): string[] {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (q.kind === 'date') {
    const activity = ACTIVITY_SINCE_BEFORE.exec(before)?.[1];
    const began = activity === undefined ? null : topicLemma(activity);
    return [IN_FORCE_BEFORE.test(before) ? IN_FORCE : null, FIRST_FLIGHT_BEFORE.test(before) ? FIRST_FLIGHT : null, SEIZED_POWER_BEFORE.test(before) ? COUP : null, began].filter((t) => t !== null);
  }
  const per = perOne(sentence, q);
  if (per !== null) return [per];
  if (q.unit !== null && LENGTH_UNIT.test(q.unit) && APART_AFTER.test(sentence.slice(q.end, q.end + 24))) return [DISTANCE_APART];
  if (isShare(q) && THRESHOLD_AFTER.test(sentence.slice(q.end, q.end + 12))) return [SHARE_THRESHOLD];
  if (isShare(q) && BACK_IN_SERVICE_AFTER.test(sentence.slice(q.end, q.end + 90))) return [BACK_IN_SERVICE];
  if (q.form === 'money' && GIVEN_TO_BODY_BEFORE.test(before)) return [BUDGET];
  if (q.form === 'duration' && OUT_OF_SERVICE_BEFORE.test(before)) return [OUT_OF_SERVICE];
  const allowed = q.form === 'duration' && ALLOWED_BEFORE.test(before) && ALLOWED_AFTER.test(sentence.slice(q.end, q.end + 12));
  return allowed ? [DEADLINE] : [];
}

/** A date that says since when ("four cases since 2017") dates the start of what the clause
 *  before it counts, not an event: it takes no topic from its neighbours. */
export function sinceDate(sentence: string, q: Quantity): boolean {
  return q.kind === 'date' && SINCE_BEFORE.test(sentence.slice(Math.max(0, q.start - 8), q.start));
}

// ", the first measles deaths in the United States since 2015", ", the highest toll in the
// region in a decade": a record set beside the clause before, whose place is the record's
// scope (the deaths were in one state of it), not a place said for the whole sentence.
const RECORD_APPOSITIVE = new RegExp(String.raw`,${S}the${S}(?:first|only|highest|lowest|largest|biggest|worst|deadliest|most|fewest)\b[^,;:.]*`, 'gi');

/** `sentence` with every record set beside a clause blanked out, offsets kept. */
export function withoutRecords(sentence: string): string {
  return sentence.replace(RECORD_APPOSITIVE, (m) => ' '.repeat(m.length));
}

/** Marks who the people of a count all were ("role:children"); figure-families reads it. */
export const ROLE_MARK = 'role:';
// "two deaths, both of them children", "nine people, all civilians": every one counted was one
// kind of person, so the count is of that kind, as "two children died" is.
const ALL_OF_THEM_AFTER = new RegExp(String.raw`^,${S}(?:both|all)${S}(?:of${S}them${S})?(\p{Ll}+)(?![\p{L}'’-])`, 'u');

/** The role mark of a count whose people a phrase after it says all were one kind, or null. */
export function apposedRole(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit === null) return null;
  const noun = ALL_OF_THEM_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1];
  return noun === undefined ? null : `${ROLE_MARK}${noun}`;
}

/** Marks what a bare count counts where a phrase says so ("counts:seats", "counts:age");
 *  figure-measured reads it as the count's noun. */
export const COUNTS_MARK = 'counts:';
/** Marks whose age a figure is ("age-of:Merz"); figure-measured reads it as its owner. */
export const AGE_OF_MARK = 'age-of:';
const OF_THE_Y = new RegExp(String.raw`${S}of${S}(?:the|its|their)${S}`, 'y');

/** "208 of the 630 seats", "16 of the 33 hostages": a bare count that is a part of a counted
 *  whole counts what the whole does; the whole's unit as a mark, or null. */
export function partOfWhole(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit !== null) return null;
  OF_THE_Y.lastIndex = q.end;
  if (!OF_THE_Y.exec(sentence)) return null;
  const at = OF_THE_Y.lastIndex;
  const whole = findQuantities(sentence.slice(at, at + 60))[0];
  return whole?.start === 0 && whole.form === 'count' && whole.unit !== null ? `${COUNTS_MARK}${whole.unit.toLowerCase()}` : null;
}

/** "will hold 208 of the 630 seats in the new Bundestag and the AfD 152": a bare figure of a
 *  list that leaves out its verb counts what the list's first figure is part of. */
export function wholeOfList(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit !== null || !gappedList(sentence, q.start)) return null;
  for (const p of findQuantities(sentence.slice(0, q.start))) {
    const whole = partOfWhole(sentence, p);
    if (whole !== null) return whole;
  }
  return null;
}

// "changed no party’s seats: the CDU/CSU keeps 208, the AfD 152, the SPD 120": a list of
// names and bare figures after a plural noun and a colon counts what that noun names.
const COUNTED_BEFORE_COLON = /\b(\p{Ll}{3,}s):[^:;.!?]*$/u;
const NAME_RIGHT_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}/’'-]*(?:${S}(?:keeps?|kept|has|had|holds?|held|gets?|got|wins?|won))?${S}$`, 'u');

/** The counts mark of a bare figure of a named list after "<noun>s:", or null. */
export function listedAfterColon(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit !== null) return null;
  const before = sentence.slice(0, q.start);
  const noun = COUNTED_BEFORE_COLON.exec(before)?.[1];
  return noun !== undefined && NAME_RIGHT_BEFORE.test(before.slice(-40)) ? `${COUNTS_MARK}${noun}` : null;
}

// "a magnitude 7.7 earthquake", "of magnitude 7.7": a quake's size on its scale, as "a
// 7.7-magnitude quake" (whose unit is the word) says, not a bare count of anything.
const MAGNITUDE_BEFORE = new RegExp(String.raw`\bmagnitude${S}(?:of${S})?$`, 'i');

/** The counts mark of a bare figure that is a magnitude, or null. */
export function magnitude(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit !== null) return null;
  return MAGNITUDE_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start)) ? `${COUNTS_MARK}magnitude` : null;
}

// "Merz, 69, said", "Gregor Gysi, 77, of Die Linke": a bare number between commas right after
// a name is that person's age.
const NAME_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+),${S_OPT}$`, 'u');
const COMMA_AFTER = new RegExp(String.raw`^${S_OPT},`);

/** The marks of a person's age ("counts:age", "age-of:Merz"), or none. */
export function ageMarks(sentence: string, q: Quantity): string[] {
  if (q.form !== 'count' || q.unit !== null || q.value === null || !Number.isInteger(q.value) || q.value < 1 || q.value > 120) return [];
  const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, q.start - 40), q.start))?.[1];
  if (name === undefined || !COMMA_AFTER.test(sentence.slice(q.end, q.end + 3))) return [];
  return [`${COUNTS_MARK}age`, `${AGE_OF_MARK}${name}`];
}

// "short of the 316 needed", "more than the 316 required for a majority": what a count must reach.
const NEEDED_AFTER = new RegExp(String.raw`^${S}(?:needed|required)\b`);

/** The event mark of a count a word right after it says must be reached, or null. */
export function neededCount(sentence: string, q: Quantity): string | null {
  return q.kind === 'number' && q.form === 'count' && NEEDED_AFTER.test(sentence.slice(q.end, q.end + 12)) ? 'needed-for' : null;
}

// "had reached 100,000 people with food", "reached more than 300,000 people with aid": people an
// aid effort got something to, a count that says what was done for them as "fed" would.
const REACHED_BEFORE = new RegExp(String.raw`\breached${S}$`, 'i');
const WITH_SUPPLIES_AFTER = new RegExp(String.raw`^${S}with${S}(?:[a-z]+${S})?(?:food|aid|assistance|supplies|water|shelter|cash|medicine|medicines|relief|rations)\b`);

/** The event mark of a count of people an aid effort reached with supplies, or null. */
export function reachedWithAid(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || !REACHED_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start))) return null;
  return WITH_SUPPLIES_AFTER.test(sentence.slice(q.end, q.end + 40)) ? 'aided' : null;
}

// "the SPD’s 358,000 members", "the party’s 362,000 members", "its 1.2 million members": a
// body's members, counted with its possessive, are its size, which a different count differs
// from though neither says what happened to them.
const MEMBERS = /^members?$/i;
const POSSESSED_BEFORE = new RegExp(String.raw`(?:\p{L}['’]s?|\b(?:its|their))${S}$`, 'u');
const MEMBERSHIP = 'membership';

/** The event mark of a count of a body's members, said with its possessive, or null. */
export function membership(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || q.unit === null || !MEMBERS.test(q.unit)) return null;
  return POSSESSED_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start)) ? MEMBERSHIP : null;
}

// "The Palisades fire grew to 17,234 acres": the land a fire grew to is land it burned.
const LAND_UNIT = /^(?:acres?|hectares?)$/i;
const FIRE_GREW_BEFORE = new RegExp(String.raw`\b(?:fire|fires|blaze|blazes|wildfire|wildfires)${S}(?:(?:has|had|have)${S})?(?:grew|grown|grows|spread|spreads|expanded|expands)${S}to${S}$`, 'i');

/** "burned" for an area a fire is said to have grown to; null otherwise. */
export function landBurned(sentence: string, q: Quantity): string | null {
  return q.unit !== null && LAND_UNIT.test(q.unit) && FIRE_GREW_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) ? 'burned' : null;
}
