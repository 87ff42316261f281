// A stored figure's owner by every name its entity has. A figure's owner is the name its
// sentence used ("the AfD 152"), and the figure comparison has no store to look names up in;
// so a page that names the owner otherwise ("Alternative for Germany … with 152 lawmakers")
// would meet a stranger. The knowledge build, which knows the entities, adds the other names,
// each under a mark of its own: they are more names of one owner, not more owners (a figure
// of one body is read apart from one of several, figure-similarity.ts).

import { linkKey } from './alias-key';
import { OWNER_MARK } from './figure-owners';
import type { Fact } from './types';

/** Marks another name of a figure's owner in its measure word list; no text yields it. */
export const OWNER_NAME_MARK = 'owner-name:';

/** `facts` with each owner's other names marked too: the other names of the entity one of `groups`
 *  (each an entity's names) says it is. Facts without such an owner are returned as they
 *  are; the others are copies (the caller may cache the originals). */
export function withOwnerNames(facts: readonly Fact[], groups: readonly (readonly string[])[]): Fact[] {
  const groupOf = new Map<string, readonly string[]>();
  for (const names of groups) {
    for (const n of names) {
      const key = linkKey(n).toLowerCase();
      if (!groupOf.has(key)) groupOf.set(key, names);
    }
  }
  return facts.map((fact) => {
    const marks = new Set(fact.measure.map((w) => (w.startsWith(OWNER_MARK) ? OWNER_NAME_MARK + w.slice(OWNER_MARK.length) : w)));
    const added: string[] = [];
    for (const word of fact.measure) {
      if (!word.startsWith(OWNER_MARK)) continue;
      for (const name of groupOf.get(linkKey(word.slice(OWNER_MARK.length)).toLowerCase()) ?? []) {
        const mark = OWNER_NAME_MARK + name;
        if (!marks.has(mark)) {
          marks.add(mark);
          added.push(mark);
        }
      }
    }
    return added.length === 0 ? fact : { ...fact, measure: [...fact.measure, ...added] };
  });
}
