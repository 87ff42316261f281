// A stored town's name that is the surname of a person the page names in full: "John Wayne
// plays a veteran … Wayne starred in 14 of Ford's films" is the actor, not the stored town of
// Wayne, Michigan. Discovery already reads a town's name so (mention-types.ts: a weak place
// gives way to the surname of a person named in full); the matcher's link to the stored town
// outranks it, so this takes the link back, mention by mention, after the person is named.

import { aliasKey, linkKey } from './alias-key';
import { INLINE_SPACE as S } from './inline-space';
import { saysItAsFirm } from './name-firm-clause';
import type { PageAnnotation } from './types';
import { lastWord } from './last-word';

// "in Wayne", "near Wayne": a place's preposition before, or its state after ("Wayne, Mich."),
// keeps the town.
const PLACE_BEFORE = new RegExp(String.raw`\b(?:in|at|near|from|to|outside|around|into|across)${S}$`, 'i');
const STATE_AFTER = new RegExp(String.raw`^,${S}\p{Lu}`, 'u');
// "Wayne residents", "Jackson's water system", "Lincoln, the state capital,": a town's people,
// services or rank after the name keep the town too.
const TOWN_AFTER = new RegExp(
  String.raw`^(?:['’]s)?${S}(?:(?:city|county|town)${S})?(?:residents|officials|police|mayor|council|schools|streets|roads|water|voters|suburbs|downtown|neighbo(?:u)?rhoods?)\b|^,?${S}(?:is${S}|was${S})?(?:the|a)${S}(?:\p{Ll}+${S})?(?:city|town|village|capital|county${S}seat)\b`,
  'u',
);

/** A one-word name linked to a stored place that `isTown` calls weak becomes the page's
 *  person of that surname, where the page names exactly one such person in full before it
 *  and nothing around the mention says place. `found` is in page order and changes in
 *  place; `text` is what it indexes. */
export function foldSurnameTowns(found: PageAnnotation[], text: string, isTown: (key: string) => boolean): void {
  const fullNames = found.filter((a) => a.kind === 'person' && aliasKey(a.text).includes(' '));
  if (fullNames.length === 0) return;
  for (const a of found) {
    if (a.kind !== 'place' || a.entityId === null || a.text.includes(' ') || !isTown(aliasKey(a.text))) continue;
    const word = linkKey(a.text);
    const people = fullNames.filter((f) => lastWord(linkKey(f.text)) === word);
    const first = people[0];
    if (!first || first.start > a.start || new Set(people.map((f) => linkKey(f.canonical ?? f.text))).size > 1) continue;
    const after = text.slice(a.end, a.end + 40);
    if (PLACE_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) || STATE_AFTER.test(after) || TOWN_AFTER.test(after)) continue;
    // "Henry Ford … Ford said it would cut jobs": a surname that speaks of a firm's business
    // as "it" is the company named for the person, one the store does not hold.
    if (saysItAsFirm(text.slice(a.end, a.end + 300))) {
      a.kind = 'org';
      a.entityId = null;
      a.canonical = a.text;
      continue;
    }
    a.kind = 'person';
    a.entityId = first.entityId;
    a.canonical = first.canonical ?? aliasKey(first.text);
  }
}
