// "Hezbollah fires rockets at Haifa", "Acme fires its chief executive": "fires" after a name
// is the verb as often as "the Krafla fires", the plural noun that names an event. The verb
// takes an object, a determiner, a number, a particle or a plural noun ("rockets"), where the
// noun's plural is followed by a verb without "-s" ("fires burned"), a preposition or a stop.
// Used by entity-typing.ts, so the verb casts no vote for an event.

import { INLINE_SPACE as S } from './inline-space';

const FIRES_THEN = new RegExp(String.raw`^${S}fires${S}([\p{L}\d][\p{L}\d'’-]*)`, 'u');
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'up', 'back', 'off', 'more', 'another', 'two', 'three', 'dozens', 'hundreds', 'thousands']);
// Lower-case words in "-s" after the noun "fires": prepositions, "was", "this" (week).
const NOT_OBJECTS = new Set(['across', 'as', 'is', 'was', 'has', 'this', 'towards', 'afterwards', 'always', 'plus', 'thus', 'us', 'its', 'his']);

/** Whether the text right after a name (`after`) is the verb "fires" with its object. */
export function firesVerbAfter(after: string): boolean {
  const object = FIRES_THEN.exec(after)?.[1];
  if (object === undefined) return false;
  if (OBJECT_OPENERS.has(object) || /^[\d\p{Lu}]/u.test(object)) return true;
  return object.length > 3 && object.endsWith('s') && !NOT_OBJECTS.has(object);
}
