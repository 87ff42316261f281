// Heights of aircraft, as news states them. "The helicopter was flying at about 278 feet" is a
// craft's altitude at a moment; "the 200-foot limit of its route", "a ceiling of 200 feet" is
// the most it may fly at; "came within 200 feet of each other" is neither. A height and a limit
// are two measures in one unit, and a craft's height is the craft's: the bodies its sentence
// names found it ("a report by the board that found the helicopter at …") or fly the craft,
// and own no figure of it (facts.ts). And a craft that "struck" or "hit" another crashed
// into it: the day and the heights of that sentence are the crash's.

import { clauseSubject, CRAFT, isFlyer, speaksOfFlight } from './measure-flyers';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

export const ALTITUDE = 'altitude';
export const HEIGHT_LIMIT = 'height-limit';
const HEIGHT_MARKS = new Set([ALTITUDE, HEIGHT_LIMIT]);

const LENGTH_UNIT = /^(?:feet|foot|ft|meters?|metres?|m)$/i;
const QUALIFIER = String.raw`(?:(?:about|around|roughly|nearly|almost|some|only|just|below|under|above|over)${S})?`;
// "was flying at", "the helicopter at", "descended to".
const ALTITUDE_BEFORE = new RegExp(
  String.raw`(?:\b(?:fly|flies|flying|flew|flown|cruising|climbed|climbing|descended|descending)${S}(?:at|to)|\b${CRAFT}${S}at)${S}${QUALIFIER}$`,
  'i',
);
// "its altitude was 278 feet", "the helicopter's altitude of 300 feet", "flying at an altitude of",
// "the jet's height had been 400 feet": the noun as the subject or with "of". Whose it is decides: a craft's, or one a
// sentence of a craft or a flight speaks of; not "the tower's height", "the airport's elevation",
// nor the height a wave "reached" (measure-flyers.ts).
const HEIGHT_NOUN_BEFORE = new RegExp(
  String.raw`(?:(?:\b(\p{L}+)['’]s?|\b(its|their|the|an?))${S})?(?:(?:flying|cruising|reported|recorded|true)${S})?\b(?:altitude|height|elevation)s?${S}(?:was|is|were|had${S}been|has${S}been|of|at|stood${S}at|reached)${S}${QUALIFIER}$`,
  'iu',
);
// "278 feet up when it hit the jet": a height said by "up", where its subject flies or climbs
// ("the water was 3 feet up the walls" is no altitude); not a move ("up from 200 feet"), nor
// a way up a thing ("a climber 2,000 feet up the north face", "40 feet up a ladder"), which is
// how far along it, not how high above the ground.
const UP_AFTER = new RegExp(String.raw`^${S}up\b(?!${S}(?:(?:from|by)${S}[$\d]|(?:the|an?|its|their|his|her)\b))`, 'i');
const LIMIT_BEFORE = new RegExp(String.raw`\b(?:ceiling|limit|cap|maximum)${S}of${S}$`, 'i');
const LIMIT_AFTER = new RegExp(String.raw`^${S}(?:ceiling|limit|cap|maximum)\b`, 'i');
// A weapon that struck a craft shot it down; it did not collide with it.
const COLLIDED = new RegExp(String.raw`\b(?:struck|strikes|hit|hits|slammed${S}into|clipped)${S}(?:the|an?|another)${S}(?:[\p{L}\d-]+${S}){0,3}?${CRAFT}\b`, 'iu');
const WEAPON = /\b(?:missiles?|rockets?|shells?|bombs?|drones?|strikes?|airstrikes?)\b/i;

/** The height mark of a length figure: a craft's altitude or the limit it may fly at. */
export function heightReading(sentence: string, q: Quantity): string | null {
  if (q.kind !== 'number' || q.unit === null || !LENGTH_UNIT.test(q.unit)) return null;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (LIMIT_BEFORE.test(before) || LIMIT_AFTER.test(sentence.slice(q.end, q.end + 16))) return HEIGHT_LIMIT;
  if (ALTITUDE_BEFORE.test(before)) return ALTITUDE;
  if (UP_AFTER.test(sentence.slice(q.end, q.end + 12))) return fliesThere(sentence, q.start, false) ? ALTITUDE : null;
  const noun = HEIGHT_NOUN_BEFORE.exec(before);
  if (noun === null) return null;
  const [, owner, determiner] = noun;
  // A common noun owning the height must be the craft; a name or a pronoun, one the sentence flies.
  if (owner !== undefined && /^\p{Ll}/u.test(owner)) return isFlyer(owner) ? ALTITUDE : null;
  // "a height of", "the altitude was": owned by nothing, the height is its clause's subject's.
  if (owner === undefined && !/^(?:its|their)$/i.test(determiner ?? '')) return fliesThere(sentence, q.start - before.length + noun.index) ? ALTITUDE : null;
  return speaksOfFlight(sentence) ? ALTITUDE : null;
}

/** Whether the subject of the clause open at `at` flies, or, where it is a pronoun (or, with
 *  `unnamed`, where the clause names none), whether the sentence speaks of flight. "Up" asks a
 *  subject: "Water was 3 feet up the walls as helicopters flew over" is no craft's height. */
function fliesThere(sentence: string, at: number, unnamed = true): boolean {
  const subject = clauseSubject(sentence.slice(0, at));
  if (subject === 'pronoun' || (subject === null && unnamed)) return speaksOfFlight(sentence);
  return subject === 'flies';
}

/** "crash" for a day or a height of a sentence that says a craft struck another ("the
 *  helicopter at about 300 feet when it struck the jet on Jan. 29"); not where a weapon struck. */
export function collisionTopic(sentence: string, q: Quantity): string | null {
  if (q.kind !== 'date' && heightReading(sentence, q) === null) return null;
  const m = COLLIDED.exec(sentence);
  if (m === null || WEAPON.test(sentence.slice(0, m.index))) return null;
  return 'crash';
}

/** Whether two figures' topics read heights apart: one a height or a limit, the other not
 *  the same one. */
export function heightsApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const mark = (s: ReadonlySet<string>) => [...s].find((t) => HEIGHT_MARKS.has(t)) ?? null;
  return mark(a) !== mark(b);
}

/** Whether two heights are said of one event as well (both crash's): only then is another
 *  value a difference; a bird's altitude or another flight's is not the crash's. */
export function heightsOfOneEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((t) => !HEIGHT_MARKS.has(t) && b.has(t));
}

export function isHeight(topics: ReadonlySet<string>): boolean {
  return [...topics].some((t) => HEIGHT_MARKS.has(t));
}
