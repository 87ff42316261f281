// "The first Mass is to be said on Sunday", "a requiem Mass", "after Sunday Mass": the service,
// capitalised by custom, is no name. "Mass." is Massachusetts's abbreviation and "Mass
// General" a hospital's name of more words, both left alone.

import type { EntityMention } from './types';

const SERVICES = new Set(['Mass', 'Vespers', 'Matins', 'Evensong', 'Compline', 'Eucharist']);
// What goes before the service: an article or a count, its day or kind, a verb of saying or
// attending it.
const SERVICE_BEFORE =
  /\b(?:the|a|first|last|daily|weekly|Sunday|Saturday|Easter|Christmas|midnight|morning|evening|funeral|requiem|memorial|papal|Latin|open-air|outdoor|said|say|says|celebrated|celebrate|celebrates|celebrating|attend|attended|attends|attending|at|after|before|during)[ \t\u00a0]+$/;

// "Mass.", "Mass General": an abbreviation's dot or a name's next word.
const NAME_GOES_ON = /^(?:\.|[ \t\u00a0]+\p{Lu})/u;

/** The mentions without a lone service's name ("the first Mass"). */
export function withoutServices(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.filter(
    (m) =>
      !(SERVICES.has(m.text) && !NAME_GOES_ON.test(text.slice(m.end, m.end + 4)) && SERVICE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))),
  );
}
