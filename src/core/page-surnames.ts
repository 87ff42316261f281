// A lone surname on a page that names another person of that surname in full: "Rovman Powell
// hit 52 … Powell, the captain" is the cricketer, not a stored "Jerome Powell". The matcher
// links a stored person's surname on its own (see buildMatcherPackage); this takes the link
// back where the page itself says whom the surname means.

import { aliasKey, linkKey } from './alias-key';
import { TITLE_HEADS } from './entity-cues';
import type { PageAnnotation } from './types';
import { lastWord } from './last-word';

// Courtesy titles go with whoever was named last ("Melania Trump … Mrs. Trump"); other
// titles name an office ("President Trump", "Chair Powell"), which is the stored person's.
const COURTESY = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Lady', 'Dame', 'Lord']);
const WORD_BEFORE = /(\S+)\s+$/;

const wordBefore = (text: string, start: number): string => WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';

/** An office title before the surname, unless the page gave its own person that same title
 *  when it named her in full ("Sergeant Mairead Kerry … Sergeant Kerry" is the sergeant). */
function afterOfficeTitle(text: string, a: PageAnnotation, own: PageAnnotation): boolean {
  const before = wordBefore(text, a.start);
  return TITLE_HEADS.has(before) && !COURTESY.has(before) && wordBefore(text, own.start) !== before;
}

/** A surname linked to a stored person takes the name and link of the page's own person of
 *  that surname when the page names exactly one such other person in full, names the stored
 *  one neither in full nor by the surname alone before that, and gives the surname no
 *  office title. `found` is in page order and changes in place; `text` is what it indexes. */
export function foldPageSurnames(found: PageAnnotation[], text: string): void {
  const fullNames = found.filter((a) => a.kind === 'person' && aliasKey(a.text).includes(' '));
  if (fullNames.length === 0) return;
  for (const a of found) {
    if (a.kind !== 'person' || a.entityId === null) continue;
    // Accents aside (linkKey): "Jorge Sánchez … Sanchez" is one surname, as the matcher
    // linked the lone "Sanchez" to a stored "Sánchez" accents aside.
    const surname = linkKey(a.text);
    if (surname.includes(' ') || fullNames.some((f) => f.entityId === a.entityId)) continue;
    const others = fullNames.filter((f) => f.entityId !== a.entityId && lastWord(linkKey(f.text)) === surname);
    const first = others[0];
    if (!first || new Set(others.map((f) => linkKey(f.canonical ?? f.text))).size > 1) continue;
    const loneBefore = found.some((b) => b.entityId === a.entityId && b.start < first.start && linkKey(b.text) === surname);
    if (loneBefore || afterOfficeTitle(text, a, first)) continue;
    a.entityId = first.entityId;
    a.canonical = first.canonical ?? aliasKey(first.text);
  }
}
