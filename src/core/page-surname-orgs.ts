// A company's short form that is the surname of a person the page names in full: "John Ford's
// westerns … Ford, who was born in Maine" is the director, not a stored "Ford Motor Co." the
// store names "Ford" for short. The matcher links the short form on its own; this takes the
// link back where the page names the person and never the company in full, and writes the
// short form alone nowhere before the person's full name.

import { aliasKey, linkKey } from './alias-key';
import type { PageAnnotation } from './types';
import { lastWord } from './last-word';

/** A one-word name linked to a stored organisation becomes the page's person of that surname
 *  when the page names exactly one such person in full, no mention of the organisation
 *  spells out more than the word, and none comes before the person's name. `found` is in
 *  page order and changes in place. */
export function foldSurnameShortForms(found: PageAnnotation[]): void {
  const fullNames = found.filter((a) => a.kind === 'person' && aliasKey(a.text).includes(' '));
  if (fullNames.length === 0) return;
  for (const a of found) {
    if (a.kind !== 'org' || a.entityId === null) continue;
    const word = linkKey(a.text);
    if (word.includes(' ')) continue;
    const people = fullNames.filter((f) => lastWord(linkKey(f.text)) === word);
    const first = people[0];
    if (!first || new Set(people.map((f) => linkKey(f.canonical ?? f.text))).size > 1) continue;
    const same = found.filter((b) => b.entityId === a.entityId);
    if (same.some((b) => linkKey(b.text).includes(' ') || b.start < first.start)) continue;
    a.kind = 'person';
    a.entityId = first.entityId;
    a.canonical = first.canonical ?? aliasKey(first.text);
  }
}
