// What a page is about when the store does not know it: a name the page writes more often than
// any stored actor. "Boeing" five times beside the stored union named once in passing, "UBS" and
// "Credit Suisse" beside the stored bank once, "Sudan" three times beside the stored president
// once: the page has a subject of its own, and the stored names are its background. A short item
// on the story that names one stored actor once names nothing else more often (topic-gate.ts).
import type { PageAnnotation } from './types';

/** The kinds a page's subject can be: not a number or a date. */
const SUBJECTS = new Set<string>(['person', 'org', 'event', 'place']);

/** What stands for one name: a person's surname (the page writes "Alex Mashinsky", then
 *  "Mashinsky"), else the name as the page resolved it. */
function keyOf(a: PageAnnotation): string {
  const name = (a.canonical ?? a.text).trim().toLowerCase();
  return a.kind === 'person' ? (name.split(/\s+/).pop() ?? name) : name;
}

/** Whether the page names something the store does not know more often than any stored actor
 *  (a person, a body, an event; a stored place is only where things happen). */
export function ownSubjectLeads(annotations: readonly PageAnnotation[]): boolean {
  const own = new Map<string, number>();
  const stored = new Map<string, number>();
  for (const a of annotations) {
    if (!SUBJECTS.has(a.kind)) continue;
    if (a.entityId === null) own.set(keyOf(a), (own.get(keyOf(a)) ?? 0) + 1);
    else if (a.kind !== 'place') stored.set(a.entityId, (stored.get(a.entityId) ?? 0) + 1);
  }
  return Math.max(0, ...own.values()) > Math.max(0, ...stored.values());
}
