// The walk over a list of capitalised words that one name holds: a committee's fields ("the
// Senate Health, Education, Labor and Pensions Committee", name-chambers.ts) and a railway's
// places ("the Atchison, Topeka and Santa Fe Railway", name-railway-lists.ts). Both lists are
// written the same way, so the gaps are judged here once; what may stand in the list, and
// which head ends it, stays each rule's own.

import { COMMA_GAP, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

/** One token of the list, as `walkNameList` hands it on. */
export interface ListStep {
  readonly token: Token;
  /** The token's index in the tokens. */
  readonly at: number;
  /** A comma came before it (else a space). */
  readonly comma: boolean;
  /** The list's "and" came before it. */
  readonly afterAnd: boolean;
}

/** What a rule answers a step: the index of the list's head, -1 to drop the list, or
 *  undefined to go on. */
export type ListAnswer = number | undefined;

/** Walks the tokens from `index` on, the list's last word ending at `prevEnd`: each word after
 *  a space, or after a comma while no "and" has come; one "and", after a space or a serial
 *  comma, before the last item. A gap or a second "and" that breaks this drops the list (-1)
 *  before `visit` sees it; the "and" itself goes to `visit` too. */
export function walkNameList(tokens: readonly Token[], index: number, text: string, prevEnd: number, visit: (step: ListStep) => ListAnswer): number {
  let afterAnd = false;
  for (let at = index; at < tokens.length; at++) {
    const token = tokens[at]!;
    const gap = text.slice(prevEnd, token.start);
    prevEnd = token.end;
    const comma = COMMA_GAP.test(gap);
    if (token.text === 'and') {
      if (afterAnd || !(comma || SPACED_GAP.test(gap))) return -1;
    } else if (!(SPACED_GAP.test(gap) || (comma && !afterAnd))) return -1;
    const answer = visit({ token, at, comma, afterAnd });
    if (token.text === 'and') afterAnd = true;
    if (answer !== undefined) return answer;
  }
  return -1;
}
