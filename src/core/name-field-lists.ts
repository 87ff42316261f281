// "the Bureau of Alcohol, Tobacco, Firearms and Explosives": an institution's field may list
// single words with commas, where a run of names otherwise ends at a comma. Used by
// name-runs.ts. A list of names after an institution ("the Department of Health, Hamas
// and Egypt") must still split, so every sign has to agree: the run so far is a head, its
// "of" or "for" and one word; every item is one plain capitalised word that no lexicon
// knows and the page writes nowhere else; the list ends in "and" and one more such word,
// with no name going on after it.

import { ORG_HEADS } from './entity-cues';
import { COMMA_GAP, PLAIN_WORD, type Piece, type PieceInput, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

// Before the last item's "and", with or without a serial comma.
const BEFORE_AND = /^,?[ \t\u00a0]+$/;
const CAP = /^\p{Lu}/u;

/** The index of the list's last token when the token at `index`, after a comma, goes on
 *  listing the field of the institution that `current` names; -1 when it does not. */
export function fieldListEnd(current: Piece[], tokens: Token[], index: number, text: string, input: PieceInput): number {
  const field = current[current.length - 1];
  const joiner = current[current.length - 2];
  const head = current[current.length - 3];
  if (!field || !joiner || !head || field.closes || field.softClose || !PLAIN_WORD.test(field.text)) return -1;
  // "on" is on a run only after a body's head ("the Committee on Health, Education, …").
  const joins = joiner.text === 'on' || ((joiner.text === 'of' || joiner.text === 'for') && ORG_HEADS.has(head.text));
  if (!joiner.connector || !joins || head.connector) return -1;
  if (!COMMA_GAP.test(text.slice(field.end, tokens[index]?.start ?? field.end))) return -1;
  const items = [field.text];
  let j = index;
  for (;;) {
    const tok = tokens[j];
    const next = tokens[j + 1];
    if (!tok || !PLAIN_WORD.test(tok.text) || !next) return -1;
    items.push(tok.text);
    const gap = text.slice(tok.end, next.start);
    if (COMMA_GAP.test(gap) && next.text !== 'and') {
      j++;
      continue;
    }
    if (next.text !== 'and' || !BEFORE_AND.test(gap)) return -1;
    const last = tokens[j + 2];
    if (!last || !PLAIN_WORD.test(last.text) || !SPACED_GAP.test(text.slice(next.end, last.start))) return -1;
    items.push(last.text);
    // "… and Human Services": a name going on after the last item is no one-word list.
    const after = tokens[j + 3];
    if (after && CAP.test(after.text) && SPACED_GAP.test(text.slice(last.end, after.start))) return -1;
    j += 2;
    break;
  }
  const list = text.slice(head.start, tokens[j]?.end ?? head.start);
  return items.every((w) => !input.isName(w) && !input.isNonName(w) && !writtenElsewhere(w, list, text)) ? j : -1;
}

const LETTER = /\p{L}/u;

/** Whether the page writes `word` outside every copy of the list: then it is a name of its
 *  own ("… Hamas and Egypt. Hamas said …"), and the list names several things. */
function writtenElsewhere(word: string, list: string, text: string): boolean {
  const inside: [number, number][] = [];
  for (let at = text.indexOf(list); at >= 0; at = text.indexOf(list, at + 1)) inside.push([at, at + list.length]);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
    if (!inside.some(([from, to]) => at >= from && end <= to)) return true;
  }
  return false;
}
