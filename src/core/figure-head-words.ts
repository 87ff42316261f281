// "Oxygen for 96 hours was on board" opens on a common word that only its place capitalises:
// the same-words rule (figure-restated-words.ts) leaves capitalised words to the owner rules as
// names, so the head word of a figure's clause is taken as content only where the other
// figure's clause writes it in lower case ("The sub carried enough oxygen for 96 hours");
// "Delta said …" stays a name unless the other clause has a "delta".

import { clauseAround } from './measure-clauses';

const HEAD = /^[^\S\n]*[“"‘']?(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])/u;

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
  const head = HEAD.exec(clause.text)?.[1];
  if (head === undefined) return null;
  const lower = head.toLowerCase();
  const other = clauseAround(b.sentence, b.start, b.end).text;
  return new RegExp(String.raw`(?<![\p{L}'’-])${lower}(?![\p{L}'’-])`, 'u').test(other) ? lower : null;
}
