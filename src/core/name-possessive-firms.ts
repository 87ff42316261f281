// "Moody's Investors Service", "Sotheby's Auctions Group": a firm named for its founder with
// the possessive kept ("Moody's") and a body's name after it is one name, where a run
// otherwise ends at its possessive ("Putin's Security Council" is whose the council is).
// What tells them apart, on the page alone: the owner's word is nothing the lexicon knows
// and never written without its "'s", and the name after it opens with a plural of a trade
// ("Investors", "Ratings", "Auctions"), as a firm's name does and a possessive's object
// hardly ever, and ends in a body's head. Used by name-runs.ts beside name-possessive's
// acronym rule ("Moody's RMS"). A public body's head ends no firm's name.

import { ORG_HEADS } from './entity-cues';
import { type Piece, type PieceInput, PLAIN_WORD, SPACED_GAP } from './name-pieces';
import { writtenBare } from './name-possessive';
import type { Token } from './types';

const POSSESSIVE_GAP = /^['’]s[ \t\u00a0]+$/;
const PLURAL = /^\p{Lu}\p{Ll}{2,}[^s]s$/u;
const MAX_TAIL = 4;
// Heads of a public body, a party, a union or a force: what a leader's possessive owns
// ("Obama's Veterans Affairs Department", "Biden's Workers Council", "Kroger's Teamsters
// Union"), never the rest of a founder's firm.
const PUBLIC_HEADS = new Set(
  `Ministry Department Party Forces Force Army Navy Council Authority Agency Committee Commission Court
  Parliament Congress Senate Assembly Cabinet Government Administration Union League Federation Front
  Movement Brigades Brigade Corps Guard Guards Police Tribunal Unit Command Directorate Secretariat Board
  Office Nation Tribe Convention`.split(/\s+/),
);

/** Whether the word at `index` goes on the run `current`, one word and its possessive, as
 *  the rest of a firm's name ("Moody's" + "Investors Service"). */
export function possessiveFirm(current: Piece[], tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  const owner = current[0]?.text === 'The' ? current[1] : current[0];
  const tok = tokens[index];
  if (current.length !== (current[0]?.text === 'The' ? 2 : 1) || !owner?.closes || !tok || !PLAIN_WORD.test(owner.text)) return false;
  if (!POSSESSIVE_GAP.test(text.slice(owner.end, tok.start)) || !PLURAL.test(tok.text)) return false;
  let last = index;
  while (last + 1 < tokens.length && last + 1 - index < MAX_TAIL && PLAIN_WORD.test(tokens[last + 1]!.text) && SPACED_GAP.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  if (last === index || !ORG_HEADS.has(tokens[last]!.text) || PUBLIC_HEADS.has(tokens[last]!.text)) return false;
  if (input.isName(owner.text) || input.isNonName(owner.text) || input.isName(tok.text)) return false;
  return !writtenBare(owner.text, text);
}
