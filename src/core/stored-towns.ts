// A stored place of one word that the gazetteer does not know at all is a town or a site
// ("Wayne", Michigan; "Wentzville"): every country and large city is in it. The gazetteer's towns are weak
// evidence of a place (name-lexicon.ts, `minor`): a town's name may be a given name before a
// surname ("Austin Reaves"), and a clear cue may retype it. Stored in the store, a town is
// no stronger: "Wayne Kessler struck out 13 batters" is a person, not a body named after
// the stored town.

import { aliasKey } from './alias-key';
import { PACKED_SEPARATOR } from './name-lexicon';
import type { EntityType } from './types';

/** Keys (aliasKey) of the stored one-word places the gazetteer has no entry of. A town it
 *  lists keeps its stored strength, as before ("Mandalay Kitchen" beside a stored Mandalay). */
export function storedTowns(
  gazetteer: readonly (readonly [string, EntityType])[],
  entities: readonly { name: string; type: EntityType }[],
): string[] {
  const candidates = entities.filter((e) => e.type === 'place' && !e.name.trim().includes(' ') && e.name.trim() !== '');
  if (candidates.length === 0) return [];
  // Every gazetteer name, packed lists split, only where some stored place may be a town.
  const listed = new Set<string>();
  for (const [name] of gazetteer) for (const n of name.split(PACKED_SEPARATOR)) listed.add(aliasKey(n));
  const out: string[] = [];
  for (const e of candidates) {
    const key = aliasKey(e.name);
    if (!listed.has(key)) out.push(key);
  }
  return out;
}
