// "Lloyd's List", "Harper's Magazine", "Lloyd's Register": a title or a register named for its
// founder keeps the possessive inside its name, where a run otherwise ends at it ("Putin's
// Journal" would be whose the journal is). As for a founder's firm (name-possessive-firms.ts),
// the owner's word is nothing the lexicon knows and never written without its "'s"; the name
// after it is one word, a publication's or a register's head. Used by name-runs.ts, and by
// name-form.ts to type the whole as the body it is (the head alone is a surname: "Robert List").

import { type Piece, type PieceInput, PLAIN_WORD } from './name-pieces';
import { writtenBare } from './name-possessive';
import type { Token } from './types';

const POSSESSIVE_GAP = /^['’]s[ \t\u00a0]+$/;
const TITLE_HEADS = new Set(['List', 'Register', 'Magazine', 'Gazette', 'Digest']);
// The title's head ends the name: a capital after it would be another name's.
const NEXT_CAPITAL = /^[ \t\u00a0]+\p{Lu}/u;
// "Obama's List of books", "the senator's Register of interests": a list or a register "of"
// a common noun is the owner's own, no title.
const OF_COMMON_NOUN = /^[ \t\u00a0]+of[ \t\u00a0]+\p{Ll}/u;

/** Whether the word at `index` ends the run `current`, one word and its possessive, as a
 *  publication's or a register's head ("Lloyd's" + "List"). */
export function possessiveTitle(current: Piece[], tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  const lead = current[0]?.text === 'The' ? 1 : 0;
  const owner = current[lead];
  const tok = tokens[index];
  if (current.length !== lead + 1 || !owner?.closes || !tok || !PLAIN_WORD.test(owner.text) || !TITLE_HEADS.has(tok.text)) return false;
  const after = text.slice(tok.end, tok.end + 8);
  if (!POSSESSIVE_GAP.test(text.slice(owner.end, tok.start)) || NEXT_CAPITAL.test(after) || OF_COMMON_NOUN.test(after)) return false;
  if (input.isName(owner.text) || input.isNonName(owner.text)) return false;
  return !writtenBare(owner.text, text);
}

/** Whether a name as written is an owner's possessive and a title's head ("Lloyd's List"). */
export function isPossessiveTitle(written: string): boolean {
  const m = /^\p{L}+['’]s[ \t\u00a0]+(\p{L}+)$/u.exec(written);
  return m !== null && TITLE_HEADS.has(m[1] ?? '');
}
