// "Carnival, one of the largest cruise lines, said …", "Paris, one of Europe's busiest
// cities,": "one of" and a plural kind say what the name is as "the" and the singular do
// ("Carnival, the largest cruise line,"). Rewritten to that form for apposition.ts to read.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

// On one line: a heading's "one of the …" is no apposition of the paragraph's words.
const ONE_OF = new RegExp(String.raw`^(,${S})one${S}of${S}(?:the|its|their|his|her|\p{Lu}[\p{L}.’'-]*['’]s)${S}((?:[\p{L}’'-]+${S}){0,3}?)(\p{Ll}+s)(?=${S_OPT}[,.;:—–)]|${S}(?:that|which|who|whose|of|for|at|in|with|based)\b)`, 'u');

/** A plural noun's singular: "lines" → "line", "companies" → "company", "churches" → "church". */
export function singularOf(noun: string): string {
  if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/u.test(noun)) return noun.slice(0, -2);
  return noun.endsWith('ss') ? noun : noun.slice(0, -1);
}

/** `after` with a leading ", one of the largest cruise lines" read as ", the largest cruise
 *  line"; unchanged where it opens no such apposition. */
export function oneOfAsSingular(after: string): string {
  const m = ONE_OF.exec(after);
  if (!m) return after;
  return `${m[1] ?? ''}the ${m[2] ?? ''}${singularOf(m[3] ?? '')}${after.slice(m[0].length)}`;
}
