// A stored person's surname on a page about someone else of that name. A headline names people by
// the surname alone ("Kiel beat Flensburg as Merz scores nine"), and the page matcher links that
// word to the stored person of the name; whether it is them the text says, where it gives the
// given name. So for the gate (topic-gate.ts) a stored person counts by one word, headline or
// text, not where the page never links them by a longer name and names a person the store does
// not know with that surname ("Jonas Merz scored nine goals"): a page's visible text repeats its
// headline, and the "Merz" after it links as well. A headline's surname the text never names
// again is still theirs: the text says "the chancellor", "the governor" ("Merz vows to cut
// taxes" over "The chancellor told the Bundestag …").
import type { PageAnnotation } from './types';

const SPACE = /\s/;

// Not lastWord (last-word.ts) on purpose: an annotation's text may hold any white space, and a
// headline's capitals ('MERZ') meet the text's 'Merz'.
/** The last word of a name, lower-case. */
const surnameOf = (name: string): string => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';

/** A stored person linked by one word. */
const byOneWord = (a: PageAnnotation): boolean => a.kind === 'person' && a.entityId !== null && !SPACE.test(a.text.trim());

/** The headline's and the text's annotations, without the stored people they name only as
 *  another person's surname. */
export function withoutNamesakes(headline: readonly PageAnnotation[], text: readonly PageAnnotation[]): PageAnnotation[] {
  const all = [...headline, ...text];
  const fullNames = new Set(all.filter((a) => a.kind === 'person' && a.entityId !== null && SPACE.test(a.text.trim())).map((a) => a.entityId));
  const others = new Set(all.filter((a) => a.kind === 'person' && a.entityId === null && SPACE.test(a.text.trim())).map((a) => surnameOf(a.text)));
  return all.filter((a) => !byOneWord(a) || fullNames.has(a.entityId) || !others.has(surnameOf(a.text)));
}
