// "Sultan Al Jaber, the summit's president": a ruler's title that is also a given name, before
// a family name opened by the Arabic article ("Al Jaber", "Al-Neyadi"), is the person's given
// name. A sultan as a ruler is named by his own given name ("Sultan Haitham bin Tariq", "Sultan
// Ibrahim"), not by a family's article, so there the title still stays outside; so it does
// after "the", which makes the word a title whatever follows ("met the Sultan Al Said").

import type { Piece } from './name-pieces';
import type { Candidate } from './name-trim';

const GIVEN_NAME_TITLES = new Set(['Sultan']);
// "Al" or "El" alone, or fused to the family name by a hyphen: "Al-Neyadi".
const ARTICLE = /^(?:Al|El)(?:-\p{Lu}\p{Ll}+)?$/u;
const FAMILY = /^\p{Lu}\p{Ll}+$/u;
const THE_BEFORE = /\bthe[ \t\u00a0]+$/iu;

/** The whole run as one name when it is such a given name and family name; otherwise null. */
export function givenNameTitle(run: Piece[], text: string): Candidate[] | null {
  const [first, article, family] = run;
  if (first === undefined || article === undefined || !GIVEN_NAME_TITLES.has(first.text)) return null;
  if (THE_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start))) return null;
  if (!ARTICLE.test(article.text)) return null;
  const fused = article.text.includes('-');
  if (fused ? run.length !== 2 : run.length !== 3 || family === undefined || !FAMILY.test(family.text)) return null;
  return [{ pieces: run, titled: false, initial: false }];
}
