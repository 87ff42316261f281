// An acronym on a page that spells the initials of a stored body's name is that body, though
// neither the page nor the store spells it out: "Thomas Bach, the IOC president" and a store
// that names only the International Olympic Committee. The page's own long forms come first
// (page-acronyms.ts); two stored names with the same initials leave the acronym alone, and a
// person's initials never count.

import { ACRONYM, initials } from './acronym-match';
import { linkKey } from './alias-key';
import { foldAccents } from './fold-accents';
import type { CompiledMatcher } from './matcher';
import type { PageAnnotation } from './types';

type Stored = CompiledMatcher['entities'][number];

// Built once per compiled matcher, so a page's pass stays linear.
const byMatcher = new WeakMap<CompiledMatcher['entities'], Map<string, Stored | null>>();

function storedByInitials(entities: CompiledMatcher['entities']): Map<string, Stored | null> {
  let map = byMatcher.get(entities);
  if (map) return map;
  map = new Map();
  for (const e of entities) {
    if (e.type !== 'org' || !e.name.includes(' ')) continue;
    const key = initials(foldAccents(e.name));
    if (key.length < 3) continue;
    map.set(key, map.has(key) ? null : e);
  }
  byMatcher.set(entities, map);
  return map;
}

/** Unlinked organisation acronyms in `found`, named by no page name, that spell one stored
 *  organisation's initials take its link and name. Changes `found` in place. */
export function linkStoredInitials(found: PageAnnotation[], entities: CompiledMatcher['entities']): void {
  let map: Map<string, Stored | null> | undefined;
  for (const a of found) {
    if (a.entityId !== null || a.kind !== 'org') continue;
    const short = linkKey(a.text);
    // Not one the page's own name took (page-acronyms: "ESA" after "Énergie Solaire Avancée").
    if (!ACRONYM.test(short) || linkKey(a.canonical ?? short) !== short) continue;
    const e = (map ??= storedByInitials(entities)).get(short);
    if (!e) continue;
    a.entityId = e.id;
    a.canonical = e.name;
  }
}
