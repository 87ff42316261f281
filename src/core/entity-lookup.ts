// Entities by id and by name, made once per knowledge build: every hover card, note list
// and export asks for one or a few entities, and a scan of the whole list (thousands at
// 10k articles) per ask is work the build already fixed. The maps are kept in a WeakMap on
// the build's entity array, so a new build gets new maps and an old one's go with it.
import type { Entity, EntityType } from './types';

export interface EntityLookup {
  byId: ReadonlyMap<string, Entity>;
  /** The entity of `type` known under `name` (canonical or alias): the first in the build's
   *  order, as a find() over the list would give. */
  byName(type: EntityType, name: string): Entity | undefined;
}

const made = new WeakMap<readonly Entity[], EntityLookup>();

const nameKey = (type: EntityType, name: string): string => `${type}\u0000${name}`;

export function entityLookup(entities: readonly Entity[]): EntityLookup {
  let lookup = made.get(entities);
  if (lookup) return lookup;
  const byId = new Map<string, Entity>();
  const named = new Map<string, Entity>();
  for (const e of entities) {
    // The first holder of an id or name keeps it, as find() would.
    if (!byId.has(e.id)) byId.set(e.id, e);
    for (const name of [e.name, ...e.aliases]) {
      const key = nameKey(e.type, name);
      if (!named.has(key)) named.set(key, e);
    }
  }
  lookup = { byId, byName: (type, name) => named.get(nameKey(type, name)) };
  made.set(entities, lookup);
  return lookup;
}
