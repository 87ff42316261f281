// "the Electric Reliability Council of Texas, or ERCOT, said": wire copy introduces a short
// form after ", or " as often as in brackets, and the short form then names the name right
// before it as a bracketed one does ("Name (ABC)"; aliases.ts).

import { ACRONYM } from './acronym-match';

const OR_GAP = ', or ';

/** Whether the all-capitals word at `start` in `text` follows ", or " right after a name. */
export function writtenAfterOr(text: string, start: number, written: string): boolean {
  return ACRONYM.test(written) && text.slice(start - OR_GAP.length, start) === OR_GAP;
}

/** Whether a short form at `start` sits right after a name ending at `nameEnd`: in brackets,
 *  or after ", or " where `afterOr` says the text writes it so. */
export function shortFormRightAfter(start: number, nameEnd: number, afterOr: boolean): boolean {
  return start === nameEnd + 2 || (afterOr && start === nameEnd + OR_GAP.length);
}
