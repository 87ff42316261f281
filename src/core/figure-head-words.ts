// "Oxygen for 96 hours was on board" opens on a common word that only its place capitalises:
// the same-words rule (figure-restated-words.ts) leaves capitalised words to the owner rules as
// names, so the head word of a figure's clause, when the figure follows it after "for" or
// "of", is taken as content where the other figure's clause writes it in lower case ("The sub
// carried enough oxygen for 96 hours"); "Delta said …" stays a name.

import { clauseAround } from './measure-clauses';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const OF_FIGURE = new RegExp(String.raw`^${S}(?:for|of)${S}$`);
const HEAD = new RegExp(String.raw`^${S_OPT}[“"‘']?(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])`, 'u');

interface At {
  sentence: string;
  start: number;
  end: number;
}

/** The lower-cased head word of the sentence opening `a`'s clause when `b`'s clause writes it
 *  in lower case, else null. */
export function commonHeadWord(a: At, b: At): string | null {
  const clause = clauseAround(a.sentence, a.start, a.end);
  if (clause.offset !== 0) return null;
  const m = HEAD.exec(clause.text);
  const head = m?.[1];
  // The head must name what the figure is of ("Oxygen for 96 hours"), not be the subject of
  // a verb it does ("Hospitals earned up to $100 million"), which is whose the figure is.
  if (m === null || head === undefined || !OF_FIGURE.test(clause.text.slice(m[0].length, a.start - clause.offset))) return null;
  const lower = head.toLowerCase();
  const other = clauseAround(b.sentence, b.start, b.end).text;
  return new RegExp(String.raw`(?<![\p{L}'’-])${lower}(?![\p{L}'’-])`, 'u').test(other) ? lower : null;
}
