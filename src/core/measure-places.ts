// Where a figure is counted: the places a clause names after a preposition of place, and
// the place a list names before each of its figures.

import { isKnownPlace, ownedPlace } from './measure-place-owners';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// A place is a capitalised name after a preposition of place: "in Gaza", "in the Jenin area",
// "from the West Bank", and "In Mexico, cases rose …" where the preposition opens the
// sentence (a capital "In" inside one is a title's). Subjects ("Israel reported") are
// actors, not where the figure is.
const PLACE = new RegExp(
  String.raw`(?:\b(?:in|at|from|into|near|across|inside|outside|throughout|toward|towards)|(?<=(?:^|[.!?:"“‘(\u2014])${S_OPT})(?:In|At|From|Near|Across|Inside|Outside|Throughout))${S}(?:the${S})?(?:(?:northern|southern|eastern|western|central|occupied)${S})?((?:[A-Z][\p{L}'’.]*(?![\p{L}-]))(?:${S}[A-Z][\p{L}'’.]*(?![\p{L}-]))*)`,
  'gu',
);
const NOT_PLACE = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday president prime minister secretary ' +
    'mr mrs ms dr general').split(' '),
);
// "in Palestinian areas": a demonym adjective before a lower-case noun is not a place.
const DEMONYM_ADJECTIVE = /^[A-Z][a-z]+(?:ian|ese|i|ish|an)$/;

// "lifted off from Florida", "launched from Kennedy Space Center": where a journey set out
// from is not where what it carried is counted; one launch site may be named for another.
const DEPARTED_BEFORE = new RegExp(String.raw`\b(?:(?:lift(?:s|ed)?|lifting|t(?:ook|akes?|aking)|blast(?:s|ed)?|blasting|set(?:s|ting)?)${S}off|launch(?:es|ed|ing)?|depart(?:s|ed|ing)?)${S}$`, 'i');

// The lower-case word after a place's name, on its line ("Lebanon's south").
const NEXT_WORD = new RegExp(String.raw`^${S}([a-z]\S*)`);
const JOINED_GAP = new RegExp(String.raw`^${S_OPT}(?:(?:and|or|,)${S_OPT})?$`);

// "Rescue teams from China and India pulled two survivors …": a noun's "from" says where
// people or things came from. Said of the noun in the figure's own clause it may be where
// the figure is ("prisoners from the West Bank"); in another clause it is not.
const ORIGIN_BEFORE = new RegExp(String.raw`\b[a-z]+s${S}$`);

// "Mori told reporters in Tokyo that the company would spend $1.4 billion", "said in
// Washington", "speaking at a news conference in Geneva": where a speaker spoke is not where
// what they speak of is ("said people died in Gaza" still places the dead).
const AUDIENCE = String.raw`(?:reporters|journalists|lawmakers|senators|investors|analysts|(?:a|an|the)${S}\p{Ll}+(?:${S}\p{Ll}+)?)`;
const SPOKE_BEFORE = new RegExp(
  String.raw`\b(?:(?:told|tells|telling)${S}${AUDIENCE}|(?:said|says|spoke|speaks|speaking|announced|announces)(?:${S}(?:at|to|in|on)${S}${AUDIENCE})?)${S}$`,
  'u',
);

/** Places `clause` names; with `origins` false, not where a plural noun came from. */
export function placesIn(clause: string, origins = true): string[] {
  const places: string[] = [];
  let departedEnd = -1;
  for (const m of clause.matchAll(PLACE)) {
    // "launches from Cape Canaveral and from Vandenberg Space Force Base in California": the
    // places joined to a departure, or placing it, are the departure's too.
    const joined = departedEnd >= 0 && JOINED_GAP.test(clause.slice(departedEnd, m.index)) && /^(?:from|in)\b/.test(m[0]);
    if (joined || (m[0].startsWith('from') && DEPARTED_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index)))) {
      departedEnd = m.index + m[0].length;
      continue;
    }
    departedEnd = -1;
    if (!origins && /^from\b/.test(m[0]) && ORIGIN_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (SPOKE_BEFORE.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    const next = clause.slice((m.index ?? 0) + m[0].length).match(NEXT_WORD);
    const run = (m[1] ?? '').replace(/['’]s$/, '').replace(/\.$/, '');
    const name = ownedPlace(run, next?.[1]);
    const first = name.split(/\s+/)[0] ?? '';
    if (NOT_PLACE.has(first.toLowerCase())) continue;
    if (!name.includes(' ') && name === run && DEMONYM_ADJECTIVE.test(name) && next) continue;
    if (next && /['’]s$/.test(m[1] ?? '') && !isKnownPlace(name)) continue;
    places.push(name.toLowerCase());
  }
  return places;
}

// "An earthquake struck central Myanmar", "the storm hit Florida": what a disaster strikes is
// a place it happened in, as "in Myanmar" would say.
const STRUCK = new RegExp(
  String.raw`\b(?:struck|hit|shook|rocked|ravaged|devastated)${S}(?:the${S})?(?:(?:northern|southern|eastern|western|central)${S})?((?:[A-Z][\p{L}'’.]*(?![\p{L}-]))(?:${S}[A-Z][\p{L}'’.]*(?![\p{L}-]))*)`,
  'gu',
);

/** The places `clause` says an event struck. */
export function struckPlaces(clause: string): string[] {
  return [...clause.matchAll(STRUCK)]
    .map((m) => {
      const next = NEXT_WORD.exec(clause.slice(m.index + m[0].length))?.[1];
      return ownedPlace((m[1] ?? '').replace(/['’]s$/, '').replace(/\.$/, ''), next).toLowerCase();
    })
    .filter((p) => !NOT_PLACE.has(p.split(/\s+/)[0] ?? ''));
}

// "followed by Uganda with 6,400 and Sierra Leone with 3,900": each figure of a list is the
// named place's before it ("with" is a clause break, so the clause alone holds no place).
const LISTED_BEFORE = new RegExp(String.raw`(?:^|\bby|\band|[,;])${S}((?:\p{Lu}[\p{L}'’.-]*${S})*\p{Lu}[\p{L}'’.-]*)${S}with${S}$`, 'u');

export function listedPlace(sentence: string, start: number): string | null {
  const name = LISTED_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start))?.[1];
  return name === undefined || NOT_PLACE.has((name.split(/\s+/)[0] ?? '').toLowerCase()) ? null : name.toLowerCase();
}
