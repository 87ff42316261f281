// "Field Hockey is popular", "Fantasy Football is big business": a sport's kind, a modifier
// and the sport capitalised as a page's heading or a sentence's start writes it, is no body.
// Only the two words alone: "Ice Hockey World Championship", "USA Field Hockey" are names.

import { SPORTS } from './name-sports';
import type { EntityMention } from './types';

const KINDS = new Set(['Field', 'Ice', 'Fantasy', 'Flag', 'Beach', 'Table', 'Touch', 'Wheelchair', 'Sitting', 'Street', 'Indoor', 'Arena']);

/** Whether `name` is a sport's kind ("Field Hockey") and no more. */
export function isSportKind(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && KINDS.has(words[0] ?? '') && SPORTS.has(words[1] ?? '');
}

/** The mentions without a sport's kind written alone. */
export const withoutSportKinds = (mentions: EntityMention[]): EntityMention[] => mentions.filter((m) => !isSportKind(m.text));
