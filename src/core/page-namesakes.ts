// A stored name the page says is another kind of thing is a namesake, not the stored one:
// "PORTLAND, Ore. — Seine, the French bistro that opened in March" is a restaurant, not the
// stored river, and so is its "Seine is open Tuesday to Saturday" further on. The page's own
// apposition (apposition.ts) is the evidence; a name it calls the stored kind stays linked
// ("Paris, a town of about 25,000" says nothing against a stored Paris).

import { appositionType } from './apposition';
import { NAME_KINDS } from './page-heads';
import { bandBefore } from './name-bands';
import type { EntityType, PageAnnotation } from './types';

// "In Georgia, the party that backs him said": after a preposition that opens the sentence,
// the words past the comma are the sentence's subject, no apposition of the name.
const OPENING_PREPOSITION = /(?:^|[.!?;:]["”’]?\s+|\n\s*)(?:In|At|From|On|Inside|Outside|Across|Near|Throughout|Beyond)\s+(?:the\s+)?$/u;

/** Linked names in `found` whose entity an apposition on the page calls another kind become
 *  unlinked names of that kind, every mention of it. Changes `found` in place. */
export function unlinkNamesakes(found: PageAnnotation[], text: string): void {
  let others: Map<string, EntityType> | undefined;
  for (const a of found) {
    // A person's name is a namesake only as a band's (name-bands): an apposition after a
    // person speaks of their role.
    const band = a.kind === 'person' && bandBefore(text, a.start, a.end);
    if (a.entityId === null || (!NAME_KINDS.has(a.kind) && !band)) continue;
    if (OPENING_PREPOSITION.test(text.slice(Math.max(0, a.start - 20), a.start))) continue;
    const said = band ? 'org' : appositionType(text.slice(a.end, a.end + 80));
    if (said !== null && said !== a.kind && NAME_KINDS.has(said)) (others ??= new Map()).set(a.entityId, said);
  }
  if (others === undefined) return;
  for (const a of found) {
    const said = a.entityId === null ? undefined : others.get(a.entityId);
    if (said === undefined) continue;
    a.kind = said;
    a.entityId = null;
    a.canonical = a.text;
  }
}
