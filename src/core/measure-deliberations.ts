// Whose deliberation a length is: the lexicon's "deliberation" topic is a jury's time out
// (measure-lexicon.ts), "after deliberating for less than five hours". A cabinet, a board or a
// person that deliberates for three days is no jury, and their time is not the jury's. Only a
// body the sentence names as the one deliberating sets a length apart; with no subject said
// ("after deliberating for …", "deliberations lasted …") it stays the jury's, as before.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

// Juries and the courts whose time out a trial story gives; a jury is often named by its
// members, "The seven men and five women deliberated for 11 hours".
const JURY = /^(?:jury|juries|jurors?|panel|judges?|justices?|court|courts|tribunal|men|women)$/i;
// No subject of its own: a pronoun, a relative word (what it refers to is read before it), or a
// word that opens a clause.
const NO_SUBJECT = /^(?:they|he|she|it|we|you|who|which|that|after|before|then|and|or|but|when|while|as|until|once|since|having|for|of|to|in|on)$/i;
// "deliberated", "had deliberated", "had been deliberating"; the subject's last word before.
const VERB = new RegExp(String.raw`([\p{L}'’-]+)(,[^,;:\n]{1,80},)?${S}(?:(?:had|has|have|was|were|been|then|also|only|briefly|again|later|ultimately|finally)${S})*(?:deliberated|deliberates|deliberate|deliberating)\b`, 'gu');
// "the cabinet's deliberations", "deliberations by the board".
const POSSESSED = new RegExp(String.raw`([\p{L}-]+)['’]s?${S}deliberations?\b|\bdeliberations?${S}(?:by|of|among)${S}(?:the${S})?(?:\p{L}+${S})?([\p{L}-]+)`, 'gu');

/** Whether the deliberation `sentence` speaks of around `q` is said to be a body's that is no
 *  jury or court. */
export function othersDeliberation(sentence: string, q: Pick<Quantity, 'start' | 'end'>): boolean {
  const stop = sentence.slice(q.end).search(/[;\n]|\.(?:\s|$)/);
  const from = Math.max(0, sentence.lastIndexOf(';', q.start) + 1);
  const span = sentence.slice(from, stop < 0 ? undefined : q.end + stop);
  const subjects: string[] = [];
  for (const m of span.matchAll(VERB)) subjects.push(m[1] as string);
  for (const m of span.matchAll(POSSESSED)) subjects.push((m[1] ?? m[2]) as string);
  const named = subjects.map((w) => w.replace(/['’]s?$/, '')).filter((w) => !NO_SUBJECT.test(w));
  // "The jury in the case deliberated": a jury anywhere in the clause may be the subject.
  return named.length > 0 && !span.split(/[^\p{L}]+/u).some((w) => JURY.test(w));
}
