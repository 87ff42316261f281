// Software is a product too, none of the four types (docs/annotation-guidelines.md), and the
// sentence often says so: a name a machine runs ("computers running Microsoft Windows",
// "phones that run Android"), or a name between its owner's possessive and a noun of software
// ("its Falcon sensor", "Microsoft's Azure cloud", "their Chrome browser"). After "the" the
// name may be a company's ("the Oracle software"), so only a possessive counts there.

import type { Piece } from './name-pieces';

const SP = String.raw`[ \t\u00a0]+`;
const RUNNING_BEFORE = new RegExp(
  String.raw`\b(?:computers?|machines?|devices?|PCs|laptops?|(?:smart)?phones?|servers?|tablets?)${SP}(?:running|(?:that|which)${SP}run)${SP}$`,
  'u',
);
const SOFTWARE_AFTER = new RegExp(String.raw`^${SP}(?:software|sensors?|cloud|browsers?|operating${SP}systems?)\b`, 'u');
const POSSESSIVE_BEFORE = /(?:\b(?:its|their|his|her)|\p{L}['’]s)[ \t\u00a0]+$/u;

/** The names of software the run at `pieces` is, by its sentence: the run itself, or after
 *  "running" the run without its first word when it has more, that word being the maker's
 *  ("Windows" of "computers running Microsoft Windows"; softwareMaker splits it off). Empty
 *  when nothing says so. */
export function softwareNamesAt(text: string, pieces: Piece[]): string[] {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return [];
  const name = pieces.map((p) => p.text).join(' ');
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (RUNNING_BEFORE.test(before)) {
    return pieces.length > 1 ? [pieces.slice(1).map((p) => p.text).join(' ')] : [name];
  }
  const after = text.slice(last.end, last.end + 24);
  return SOFTWARE_AFTER.test(after) && POSSESSIVE_BEFORE.test(before) ? [name] : [];
}

/** How many pieces of the run name the maker of the software a machine runs: 1 for "Microsoft"
 *  of "computers running Microsoft Windows", else 0. */
export function softwareMaker(text: string, pieces: Piece[]): number {
  const first = pieces[0];
  if (!first || pieces.length < 2) return 0;
  return RUNNING_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) ? 1 : 0;
}
