// "Hui, who is known in Mandarin as Xu Jiayin", "the group, known as …": a name written after
// "known as" right after another name of the same type is that one's other name, so the two
// are one entity and a page writing either links to it. Used by knowledge.ts on each stored
// text, after the alias groups are built.

import { aliasKey } from './alias-key';
import type { AliasGroup } from './aliases';
import { INLINE_SPACE as S } from './inline-space';
import type { EntityMention } from './types';

// Between the first name and its other name: ", who is known in Mandarin as ", " (known as ".
const KNOWN_AS_BETWEEN = new RegExp(
  String.raw`^(?:,${S}(?:who|which)${S}(?:is|was|are|were)${S}|,${S}|${S}\(|${S}(?:is|was)${S})?(?:also${S})?known${S}(?:in${S}\p{Lu}\p{Ll}+${S})?as${S}$`,
  'u',
);

/** Pairs of mentions in `text` (offsets within it) where the second is the first's other name. */
export function knownAsPairs(text: string, mentions: readonly EntityMention[]): [EntityMention, EntityMention][] {
  const out: [EntityMention, EntityMention][] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (!a || !b || a.type !== b.type || b.start - a.end > 60) continue;
    if (KNOWN_AS_BETWEEN.test(text.slice(a.end, b.start))) out.push([a, b]);
  }
  return out;
}

/** The groups with each pair's two groups made one, under the first name's canonical. */
export function mergeKnownAs(groups: AliasGroup[], pairs: readonly [EntityMention, EntityMention][]): AliasGroup[] {
  const groupOf = (m: EntityMention): AliasGroup | undefined =>
    groups.find((g) => g.aliases.some((a) => aliasKey(a) === aliasKey(m.canonical)));
  const gone = new Set<AliasGroup>();
  for (const [a, b] of pairs) {
    const first = groupOf(a);
    const other = groupOf(b);
    if (!first || !other || first === other || gone.has(first) || gone.has(other) || first.type !== other.type) continue;
    for (const alias of other.aliases) if (!first.aliases.includes(alias)) first.aliases.push(alias);
    gone.add(other);
  }
  return groups.filter((g) => !gone.has(g));
}
