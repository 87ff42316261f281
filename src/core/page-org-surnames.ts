// A stored person's surname that opens an organisation the page names in full: "Kaplan
// International said enrolment rose … Kaplan added that fees would rise" is the company's
// short form, not a stored "Lewis Kaplan" the matcher links by his surname. The mirror of
// page-surname-orgs: this takes the link back where the page names the organisation in full
// before the lone word, names no other organisation opening with it, never names the person
// in full, and puts no title or given name before the word ("Judge Kaplan" stays the judge).

import { aliasKey, linkKey } from './alias-key';
import { INLINE_SPACE as S } from './inline-space';
import type { PageAnnotation } from './types';

// A capitalised word or a title's abbreviation right before the surname: "Judge Kaplan", "Mr. Kaplan".
const WORD_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}.’'-]*${S}$`, 'u');
// An age or a person's pronoun right after the word: "Gates, 68, said", "Gates said he was
// hopeful" is the person a foundation is named for, not the foundation.
const PERSON_AFTER = new RegExp(String.raw`^(?:,${S}\d{1,3},|${S}(?:said|says|added|told|noted)${S}(?:that${S})?(?:he|she)\b)`, 'u');

function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** A one-word name linked to a stored person becomes the page's organisation that opens with
 *  the word, on the conditions above. `found` is in page order and changes in place. */
export function foldOrgSurnames(found: PageAnnotation[], text: string): void {
  // One pass each, so a long page stays linear: the organisations by first word, the stored
  // entities the page names in more than one word.
  const owners = new Map<string, PageAnnotation[]>();
  const namedInFull = new Set<string>();
  for (const b of found) {
    const key = linkKey(b.text);
    if (!key.includes(' ')) continue;
    if (b.entityId !== null) namedInFull.add(b.entityId);
    if (b.kind !== 'org') continue;
    const list = owners.get(firstWord(key));
    if (list) list.push(b);
    else owners.set(firstWord(key), [b]);
  }
  if (owners.size === 0) return;
  for (const a of found) {
    if (a.kind !== 'person' || a.entityId === null || namedInFull.has(a.entityId)) continue;
    const orgs = owners.get(linkKey(a.text));
    const first = orgs?.[0];
    if (!orgs || !first || first.start > a.start || new Set(orgs.map((o) => linkKey(o.canonical ?? o.text))).size > 1) continue;
    if (WORD_BEFORE.test(text.slice(Math.max(0, a.start - 30), a.start)) || PERSON_AFTER.test(text.slice(a.end, a.end + 30))) continue;
    a.kind = 'org';
    a.entityId = first.entityId;
    a.canonical = first.canonical ?? aliasKey(first.text);
  }
}
