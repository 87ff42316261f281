// "operated by PSA Airlines for American Airlines": a body's name, "for", and another body's
// name are two bodies, one working for the other, not one name like "Office for Budget
// Responsibility". Split from name-runs.ts, which asks it before joining a "for".

import { ORG_HEADS } from './entity-cues';
import { ACRONYM } from './name-form';
import { PLAIN_WORD, SPACED_GAP, type Piece, type PieceInput } from './name-pieces';
import type { Token } from './types';

const CAP = /^\p{Lu}/u;
// What may go on a name after its head: "Bank of America", "Medicare & Medicaid Services".
const NAME_GOES_ON = /^(?:[ \t\u00a0]+(?:of|and|for|on)[ \t\u00a0]+\p{Lu}|[ \t\u00a0]*&)/u;

/** A word that makes the words after it a name of their own, not a field of work: an acronym,
 *  a known name or a people's word ("American Airlines", not "Health Care Administration"). */
function namingWord(word: string, input: PieceInput): boolean {
  return ACRONYM.test(word) || input.isName(word) || input.isNonName(word);
}

// Heads of firms' names, which take no "for" inside: a firm's name, "for" and another firm's
// are two firms, whatever opens either ("SkyWest Airlines for Delta Air Lines"), while an
// agency's "for" goes on naming ("Florida Agency for Health Care Administration").
const FIRM_HEADS = new Set([
  'Airlines', 'Airways', 'Lines', 'Railways', 'Bank', 'Bancorp', 'Motor', 'Motors', 'Holdings', 'Inc', 'Corp',
  'Corporation', 'Company', 'Group', 'Industries', 'Technologies', 'Systems', 'Logistics', 'Pharmaceuticals', 'Healthcare',
]);

/** Whether the "for" at `tokens[index]` stands between two bodies' names: before it, the run
 *  is a naming word and more, ending in an organisation's head ("PSA Airlines"); after it, two
 *  to four capitalised words that open with a naming word and end in a head, with nothing
 *  after that goes on naming ("American Airlines"). "Centers for Disease Control", "Office for
 *  Budget Responsibility", "Florida Agency for Health Care Administration" stay one name. */
export function forBetweenBodies(current: Piece[], tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  const left = current[0]?.text === 'The' ? current.slice(1) : current;
  const head = left[left.length - 1];
  if (left.length < 2 || !head || left.some((p) => p.connector) || !ORG_HEADS.has(head.text)) return false;
  const first = tokens[index + 1];
  if (!first) return false;
  let end = tokens[index]?.end ?? 0;
  let k = index + 1;
  for (; k < tokens.length && k <= index + 5; k++) {
    const word = tokens[k]!;
    if (!CAP.test(word.text) || !SPACED_GAP.test(text.slice(end, word.start))) break;
    end = word.end;
  }
  const words = tokens.slice(index + 1, k);
  const last = words[words.length - 1]?.text ?? '';
  if (words.length < 2 || words.length > 4 || !ORG_HEADS.has(last) || !words.slice(1).every((w) => PLAIN_WORD.test(w.text) || ACRONYM.test(w.text))) return false;
  const firms = FIRM_HEADS.has(head.text) && FIRM_HEADS.has(last);
  if (!firms && !(namingWord(left[0]?.text ?? '', input) && namingWord(first.text, input))) return false;
  return !NAME_GOES_ON.test(text.slice(end, end + 6));
}
