// Place votes a name borrows from its neighbours in a list: listed with a known place
// ("Tulkarem and Tubas", "Holyhead and Dublin"), in a list a place's preposition opens ("in
// Seminole and Lamesa") or at the other end of a route ("from Malibu to Pasadena"), a name
// is likely a place too. They are read off another name, not the name's own context, so the
// store weighs them apart when two texts type a name differently (mention-types' evidence).
// Split from entity-typing.ts, which adds them to the other votes.

import { PLACE_HEADS } from './entity-cues';
import { opensClause } from './name-clause-and';
import { listSpeaks } from './name-list-subject';
import { INLINE_SPACE as S } from './inline-space';

const LISTED_AFTER = new RegExp(String.raw`^${S}(?:and|or)${S}(\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?)`, 'u');
// The listed name goes on past the two words read: "San Diego" of "… and San Diego Gas &
// Electric" is no place listed, "San Diego" of "San Diego County" is.
const GOES_ON = new RegExp(String.raw`^${S}(\p{Lu}[\p{L}’'-]*|&)`, 'u');
const isWhole = (rest: string): boolean => {
  const next = GOES_ON.exec(rest)?.[1];
  return next === undefined || PLACE_HEADS.has(next);
};
// The name before may be of two words: "Santa Clara and Sunnyvale".
export const LISTED_BEFORE = new RegExp(String.raw`((?:\p{Lu}[\p{L}’'-]*[^\S\n])?\p{Lu}[\p{L}’'-]*)(?:,|${S}(?:and|or))${S}$`, 'u');
// "from Pacific Palisades to Malibu", "from Malibu to Pasadena": the other end of a route.
const FROM_BEFORE = new RegExp(String.raw`\bfrom${S}(\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?)${S}to${S}$`, 'u');
const FROM_RIGHT_BEFORE = new RegExp(String.raw`\bfrom${S}$`);
const TO_AFTER = new RegExp(String.raw`^${S}to${S}(\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?)`, 'u');
// "in Seminole and Lamesa", "in Khartoum, Omdurman and Bahri": a place's preposition governs
// every name of the list it opens.
const PLACE_LIST_BEFORE = new RegExp(String.raw`(?:^|\s)(?:in|near|across|outside|inside|throughout)${S}(?:\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?,${S}){0,4}\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?,?${S}(?:and|or)${S}$`, 'u');
// "in Thuringia, Saxony and Saxony-Anhalt": a name inside such a list, the list going on after it.
const PLACE_LIST_OPENED = new RegExp(String.raw`(?:^|\s)(?:in|near|across|outside|inside|throughout)${S}(?:\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?,${S}){1,4}$`, 'u');
const LIST_GOES_ON = new RegExp(String.raw`^(?:,${S}|,?${S}(?:and|or)${S})\p{Lu}`, 'u');

export interface ListedMention {
  text: string;
  start: number;
  end: number;
  isPlace: (name: string) => boolean;
}

/** The place votes a mention takes from the names listed with it. `bodies`: a kind noun
 *  before the list says its names are bodies ("carmakers such as Bello and Tarsus"), and a
 *  known place beside one says nothing. */
export function listedPlaceVotes(c: ListedMention, bodies: boolean): number {
  if (listSpeaks(c.text, c.end)) return 0;
  const before = c.text.slice(Math.max(0, c.start - 30), c.start);
  const after = c.text.slice(c.end, c.end + 60);
  const listBefore = c.text.slice(Math.max(0, c.start - 120), c.start);
  let votes = 0;
  const listed = LISTED_AFTER.exec(after);
  const listedAfter = listed && isWhole(after.slice(listed[0].length)) ? listed[1] : undefined;
  const near = c.text.slice(Math.max(0, c.start - 40), c.start);
  const listedBefore = LISTED_BEFORE.exec(near)?.[1];
  // "sang from the Eiffel Tower and Zinedine Zidane carried the flame": a second clause's
  // subject, not the place's fellow in a list (name-clause-and).
  const clause = opensClause(listBefore, after);
  const placeBefore = listedBefore !== undefined && !clause && (c.isPlace(listedBefore) || c.isPlace(listedBefore.split(' ').pop() ?? ''));
  if (!bodies && ((listedAfter !== undefined && c.isPlace(listedAfter)) || placeBefore)) votes += 2;
  const fromPlace = FROM_BEFORE.exec(before)?.[1];
  const toPlace = FROM_RIGHT_BEFORE.test(before) ? TO_AFTER.exec(after)?.[1] : undefined;
  if ((fromPlace !== undefined && c.isPlace(fromPlace)) || (toPlace !== undefined && c.isPlace(toPlace))) votes += 2;
  if ((PLACE_LIST_BEFORE.test(listBefore) && !clause) || (PLACE_LIST_OPENED.test(listBefore) && LIST_GOES_ON.test(after))) votes += 2;
  return votes;
}
