// A stored name's word leading another name: "Ford" of "Ford Field" or "the Ford Foundation",
// where the stored articles write "Ford Motor Co." and "Ford". The store leads a longer name of
// its own with the word; a page that writes the word only to lead a name the store never writes
// names something else that bears it (a stadium, a charity), so there it is no evidence of the
// stored name and topic.ts leaves it uncounted. It is the mirror of topic-names.ts, where a
// word the store writes only inside a name counts only where a page writes it as a name.
// A page that also writes the word otherwise ("Ford said", "Ford's plant", "Ford Motor Co.")
// keeps every use of it. A word the store never leads a name with ("Detroit", "Japan") is left
// as it is: what a page names after a stored place ("Detroit Tigers") is of that place, and the
// places' words are weighed on their own (topic.ts).
import { carriesTopic } from './topic-background';
import type { InTitleCase } from './topic-headlines';
import { POSSESSIVE, UPPER_START } from './topic-terms';

interface Word {
  word: string;
  term: string | null;
  start: number;
}

/** Calls `pair` for each capitalised word directly followed (one space between) by another,
 *  both carrying a topic: "Ford Motor" of "Ford Motor Co.", not "Ford's Michigan" (a possessive
 *  ends a name) nor "Ford Chief Executive" or "President Biden" (a common word, a title, leads
 *  no name). `opens` says whether the first word starts the name (no capitalised word joined
 *  before it, common or not: "Defence Minister Israel Katz" is led by the title). */
function pairReader(text: string, pair: (lead: Word, next: string, opens: boolean) => void): (w: Word) => void {
  let before: Word | null = null;
  let last: Word | null = null;
  /** Whether `b` is a capitalised word of a name that `a`, just before it, joins. */
  const joined = (a: Word | null, b: Word): boolean =>
    a !== null && a.term !== null && UPPER_START.test(a.word) && !POSSESSIVE.test(a.word) && UPPER_START.test(b.word) && text.slice(a.start + a.word.length, b.start) === ' ';
  return (w) => {
    if (last?.term && w.term && carriesTopic(last.term) && carriesTopic(w.term) && joined(last, w)) pair(last, w.term, !joined(before, last));
    before = last;
    last = w;
  };
}

/** The name pairs a stored text writes, as "lead next" terms ("ford motor"). */
export function storedNamePairs(text: string, into: Set<string>): (word: string, term: string | null, start: number) => void {
  const see = pairReader(text, (lead, next) => into.add(`${lead.term} ${next}`));
  return (word, term, start) => see({ word, term, start });
}

export interface ForeignLeads {
  /** Sees one word of the page, its term and where it starts, in the page's order. */
  see(word: string, term: string | null, start: number): void;
  /** Takes out of `counts` each stored lead the page writes only to lead a name of its own. */
  settle(counts: Map<string, number>): void;
}

const NONE: ForeignLeads = { see: () => undefined, settle: () => undefined };

/** Reads a page for the stored leads of `pairs` ("ford motor" makes "ford" one) that it writes
 *  only at the head of a name the pairs do not hold. A title-case line says nothing of names
 *  (topic-headlines.ts; `inTitleCase` is titleCaseLines of `text`): a lead there is counted as
 *  any other use. */
export function foreignLeads(text: string, pairs: readonly string[], inTitleCase: InTitleCase): ForeignLeads {
  if (pairs.length === 0) return NONE;
  const stored = new Set(pairs);
  const leads = new Set(pairs.map((p) => p.slice(0, p.indexOf(' '))));
  const uses = new Map<string, number>();
  const foreign = new Map<string, number>();
  const see = pairReader(text, (lead, next, opens) => {
    const t = lead.term ?? '';
    if (!leads.has(t) || !opens || stored.has(`${t} ${next}`) || inTitleCase(lead.start)) return;
    foreign.set(t, (foreign.get(t) ?? 0) + 1);
  });
  return {
    see(word, term, start) {
      if (term !== null && leads.has(term)) uses.set(term, (uses.get(term) ?? 0) + 1);
      see({ word, term, start });
    },
    settle(counts) {
      for (const [t, n] of foreign) if (n === uses.get(t)) counts.delete(t);
    },
  };
}
