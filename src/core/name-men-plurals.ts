// "the Scottish Fishermen's Association", "the Seamen's Union": a plural in -men takes "'s" as
// "People's Party" does, and the body's head after it goes on the name. Only before a head
// and not after a name the lexicon knows (a place in -men owns what follows: "Bremen's Union
// Berlin win", "Yemen's Supreme Council"); a plain word after the possessive still ends the run
// ("the Fishermen's catch"). Used by name-runs.ts.

import { ORG_HEADS } from './entity-cues';
import type { Piece } from './name-pieces';

const MEN_PLURAL = /^\p{Lu}\p{Ll}{2,}men$/u;
const POSSESSIVE_GAP = /^['’]s[ \t\u00a0]+$/;

/** Whether `next` goes on the run after its last piece, a plural in -men with its "'s". */
export function menPluralOwnsHead(last: Piece, next: Piece, text: string, isName: (name: string) => boolean): boolean {
  if (!MEN_PLURAL.test(last.text) || isName(last.text)) return false;
  return POSSESSIVE_GAP.test(text.slice(last.end, next.start)) && ORG_HEADS.has(next.text);
}
