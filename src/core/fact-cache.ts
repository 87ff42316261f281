// What a rule reads of a stored fact's own sentence is the same for every page figure it is
// set against, and facts live as long as the index: read it once per fact, not per pair.

import type { Fact } from './types';

/** `read`, called at most once per fact object; later calls answer from a WeakMap, which
 *  lets a fact and its reading go together when the index drops it. */
export function cachedPerFact<T>(read: (fact: Fact) => T): (fact: Fact) => T {
  const cache = new WeakMap<Fact, T>();
  return (fact) => {
    if (cache.has(fact)) return cache.get(fact) as T;
    const value = read(fact);
    cache.set(fact, value);
    return value;
  };
}
