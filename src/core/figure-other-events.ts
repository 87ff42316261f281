// A count of dead or hurt that the page says came in another event is no restatement of a
// stored count of them: "the two workers who died last year in another accident" is not the
// stored six who died in the collapse, nor "the 12 who died of flu" the 12 a crash killed,
// though both are workers (people) dead. Judging them made a page's true figure "differ", or a
// toll of another cause "agree". Said of the page's figure only: a stored sentence that says
// as much of its own count is left to the usual comparison.

import { cachedPerFact } from './fact-cache';
import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// What a count of dead or hurt happened in.
const EVENTS = String.raw`(?:accidents?|attacks?|crash(?:es)?|collapses?|fires?|blaze|explosions?|blasts?|incidents?|shootings?|bombings?|(?:air)?strikes?|raids?|(?:earth)?quakes?|floods?|storms?|disasters?|derailments?|collisions?|clash(?:es)?|stampedes?|landslides?|avalanches?|eruptions?|wrecks?|sinkings?|ambush(?:es)?|riots?)`;
const HARM = /\b(?:died|dies|die|dying|killed|kills|dead|deaths?|perished|fatalities|lost\s+their\s+lives|injured|wounded|hurt|injuries)\b/i;
// "in another accident", "during a separate attack", "from an unrelated fire".
const OTHER = String.raw`(?:another|a${S}separate|an${S}earlier|a${S}previous|a${S}prior|an${S}unrelated|a${S}different|the${S}other|an${S}older|a${S}later)`;
const IN_OTHER_EVENT = String.raw`(?:in|during|from|after|at|by)${S}${OTHER}${S}(?:[\p{L}-]+${S}){0,2}?${EVENTS}\b`;
const IN_OTHER = new RegExp(String.raw`\b${IN_OTHER_EVENT}`, 'iu');
// The same right after a comma: ", in another accident".
const IN_OTHER_NEXT = new RegExp(String.raw`^${S}${IN_OTHER_EVENT}`, 'iu');
// "In a separate attack, two soldiers were killed": the clause opens with it.
const OPENS_OTHER = new RegExp(String.raw`^(?:In|During)${S}${OTHER}${S}(?:[\p{L}-]+${S}){0,2}?${EVENTS}\b[^.;:]*$`, 'u');
// "died of flu", "died from cholera": a cause named; not the event's own harm ("died of their
// injuries", "from burns") nor an event ("died from the blast", which the crash may be).
const DIED_OF = new RegExp(String.raw`\b(?:died|dies|die|dying|perished)${S}(?:of|from)${S}(?:(?:a|an|the|their|his|her)${S})?([\p{L}-]+)((?:${S}[\p{L}-]+){0,2})`, 'iu');
const HARM_OF_EVENT = new RegExp(String.raw`^(?:injur(?:y|ies)|wounds?|burns?|trauma|smoke|drowning|suffocation|hypothermia|exposure|asphyxia(?:tion)?|${EVENTS})$`, 'iu');
// "died of head injuries", "from gunshot wounds", "of severe burns": the harm is named after
// a word or two that says where or how, and is still the event's own.
const HARM_AFTER = /^(?:\s+[\p{L}-]+)?\s+(?:injur(?:y|ies)|wounds?|burns?|trauma)\b/iu;
const STORED_EVENT = new RegExp(String.raw`\b(?:${EVENTS}|crashed|collapsed|exploded|struck|hit|shot|bombed|flooded|sank|derailed|attacked)\b`, 'i');
// "died in 2019", "in the 2019 crash".
const YEAR_OF = new RegExp(String.raw`\b(?:in|during)${S}(?:(?:the|a|an)${S})?(?:(?:early|late|mid-?)${S}?)?(?:\p{Lu}\p{Ll}+${S})?((?:19|20)\d\d)\b`, 'u');
const YEARS = /\b(?:19|20)\d\d\b/g;
// The figure's own event named first: "died in a crash that came after another crash".
const OWN_EVENT = new RegExp(String.raw`\b(?:in|during)${S}(?:the|a|an|this|that)${S}(?!(?:separate|earlier|previous|prior|unrelated|different|other|older|later)\b)(?:[\p{L}-]+${S}){0,2}?${EVENTS}\b`, 'iu');

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}-]+/u);

/** The clause the figure `q` opens in `sentence`, after it. */
function clauseAfter(sentence: string, q: Pick<Quantity, 'end'>): string {
  const rest = sentence.slice(q.end);
  const stop = rest.search(/[.;:!?]|\s[—–]\s/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** What a page's count of dead or hurt says of its event. */
export interface EventReading {
  other: boolean;
  cause: string | undefined;
  year: string | undefined;
}

/** What the page's count `q` in `sentence` says of its event; null when it is no count of dead
 *  or hurt. compareFigure reads it once per figure and hands it to anotherEventsToll for every
 *  stored fact, as it does its reading kind (figure-reading-kinds.ts). */
export function pageEventReading(sentence: string, q: Pick<Quantity, 'kind' | 'start' | 'end'>): EventReading | null {
  if (q.kind !== 'number') return null;
  const after = clauseAfter(sentence, q);
  const opener = sentence.slice(0, q.start);
  const harmed = HARM.test(after) || HARM.test(opener.slice(-40));
  const died = DIED_OF.exec(after);
  const [, word = '', next2 = ''] = died ?? [];
  const cause = died !== null && !HARM_OF_EVENT.test(word) && !HARM_AFTER.test(next2) ? word.toLowerCase() : undefined;
  // A year or 'another …' after a comma or in a clause past the figure's own event is said of
  // something else ("died in the crash, the worst since a pile-up in 2009").
  // ", in another accident" right after a comma is still the figure's.
  const [own = '', next = ''] = (after.split(OWN_EVENT)[0] ?? '').split(',');
  const other = IN_OTHER.test(own) || IN_OTHER_NEXT.test(next) || OPENS_OTHER.test(opener);
  return harmed ? { other, cause, year: YEAR_OF.exec(own)?.[1] } : null;
}

// What the stored sentence says of its own event, read once per fact: a figure's every page
// count of dead or hurt is set against it.
const storedEventReading = cachedPerFact((fact) => {
  const stored = fact.where.sentence;
  return {
    other: IN_OTHER.test(stored) || OPENS_OTHER.test(stored.slice(0, fact.quantity.start)),
    event: STORED_EVENT.test(stored),
    words: wordsOf(stored),
    years: (stored.match(YEARS) ?? []) as readonly string[],
  };
});

/** Whether the page's count of dead or hurt (`page`, its pageEventReading) is of another
 *  event than the stored `fact`'s: said to be in another ("another accident", "In a separate
 *  attack, …"), of another cause ("died of flu" against a crash's dead), or in a year after
 *  the stored article or other than the years its sentence gives. */
export function anotherEventsToll(page: EventReading | null, fact: Fact): boolean {
  if (page === null) return false;
  const stored = storedEventReading(fact);
  if (page.other && !stored.other) return true;
  if (page.cause !== undefined && stored.event && !stored.words.includes(page.cause)) return true;
  if (page.year === undefined) return false;
  const articleYear = fact.date === undefined ? null : Number(fact.date.slice(0, 4));
  return stored.years.length > 0 ? !stored.years.includes(page.year) : articleYear !== null && Number(page.year) > articleYear;
}
