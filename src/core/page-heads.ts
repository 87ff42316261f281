// On a page, a generic head alone ("the Bank", "the Reserve") is the short form of the
// longer name it ends ("World Bank", "Federal Reserve"): one entity, named by the long form
// in the card and the popup's list, as "the Strip" is the Gaza Strip. Stored names do this
// through annotate's heads; this covers names the store does not know.

import { aliasKey } from './alias-key';
import { GENERIC_HEADS } from './entity-cues';
import type { PageAnnotation } from './types';
import { lastWord } from './last-word';

/** The kinds whose short forms (a head, an acronym) fold into a longer name on the page. */
export const NAME_KINDS = new Set<PageAnnotation['kind']>(['org', 'place', 'event']);

/** Unlinked lone heads in `found` (page order) take the kind, link and name of the longer
 *  name ending in them: the nearest before, else the first after. Changes `found` in place. */
export function foldPageHeads(found: PageAnnotation[]): void {
  const byHead = new Map<string, PageAnnotation[]>();
  for (const a of found) {
    const name = a.canonical ?? a.text;
    if (!NAME_KINDS.has(a.kind) || !name.includes(' ')) continue;
    const head = lastWord(name);
    if (!GENERIC_HEADS.has(head)) continue;
    const list = byHead.get(head);
    if (list) list.push(a);
    else byHead.set(head, [a]);
  }
  if (byHead.size === 0) return;
  for (const a of found) {
    if (a.entityId !== null) continue;
    const ending = byHead.get(aliasKey(a.text));
    if (!ending) continue;
    const target = ending.filter((l) => l.end <= a.start).pop() ?? ending[0];
    if (!target) continue;
    a.kind = target.kind;
    a.entityId = target.entityId;
    a.canonical = target.canonical ?? target.text;
  }
}
