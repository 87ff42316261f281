import { describe, expect, it } from 'vitest';
import { entityLookup } from './entity-lookup';
import type { Entity, EntityType } from './types';

const entity = (id: string, type: EntityType, name: string, aliases: string[] = []): Entity => ({ id, name, type, aliases: [name, ...aliases], description: null, mentions: [], related: [] });

/** What findEntity did before the maps: a scan of the list. */
const scanByName = (entities: readonly Entity[], type: EntityType, name: string): Entity | undefined => entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));

describe('entityLookup', () => {
  const entities = [
    entity('person:jordan', 'person', 'Michael Jordan', ['Jordan']),
    entity('place:jordan', 'place', 'Jordan'),
    entity('person:jordan-2', 'person', 'Jordan Peele', ['Jordan']),
    entity('org:hamas', 'org', 'Hamas'),
  ];

  it('finds an entity by id', () => {
    expect(entityLookup(entities).byId.get('place:jordan')?.name).toBe('Jordan');
    expect(entityLookup(entities).byId.get('place:nowhere')).toBeUndefined();
  });

  it('finds by a name or an alias of the given type only, the first in the list as a scan would', () => {
    const lookup = entityLookup(entities);
    for (const [type, name] of [['person', 'Jordan'], ['place', 'Jordan'], ['person', 'Jordan Peele'], ['person', 'Michael Jordan'], ['org', 'Hamas'], ['person', 'Hamas'], ['org', 'hamas']] as const) {
      expect(lookup.byName(type, name), `${type} ${name}`).toBe(scanByName(entities, type, name));
    }
    expect(lookup.byName('person', 'Jordan')?.id).toBe('person:jordan');
    expect(lookup.byName('person', 'Hamas')).toBeUndefined();
  });

  it('makes the maps once per entity list: the same list gives the same lookup, a new build a new one', () => {
    const first = entityLookup(entities);
    expect(entityLookup(entities)).toBe(first);
    const rebuilt = [...entities.slice(1), entity('person:jordan', 'person', 'Michael B. Jordan', ['Jordan'])];
    const next = entityLookup(rebuilt);
    expect(next).not.toBe(first);
    expect(next.byId.get('person:jordan')?.name).toBe('Michael B. Jordan');
    // The list's order decides who holds a shared alias: now Jordan Peele comes first.
    expect(next.byName('person', 'Jordan')?.id).toBe('person:jordan-2');
  });
});
