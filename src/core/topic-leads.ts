// A stored name's lead written alone: "across Silicon Valley", of "Silicon Valley Bank". There
// the lead's words name what the name is named after (a place as often as not), so topic.ts
// counts them with the stored places' names, by the share of each word's uses that are in
// such a bare lead. The counter reads the words topic-terms.ts cuts as the page is counted;
// a joined word is split into its letter runs here, so "Valley-based" and "Silicon Valley's"
// still show "Valley".
import { termOf } from './topic-terms';
import { insideSpan, leadOf, nameSpans, type Span } from './topic-names';

const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu;
const JOINED = /['’\-‐‑]/;

export interface LeadCounter {
  /** Sees one word of the page, its term and where it starts, in the page's order. */
  see(word: string, term: string | null, start: number): void;
  /** For each term written in a bare lead, the share of its uses there. */
  shares(): Map<string, number>;
}

const NONE: LeadCounter = { see: () => undefined, shares: () => new Map() };

/** Counts, for `text`, the uses of the leads' words in a bare lead of `ledNames` (the lead not
 *  followed by the rest of the name) and elsewhere. */
export function leadCounter(text: string, ledNames: readonly string[]): LeadCounter {
  if (ledNames.length === 0) return NONE;
  const leads = [...new Set(ledNames.map(leadOf))];
  const whole = nameSpans(text, ledNames);
  const bare: Span[] = nameSpans(text, leads).filter((s) => !whole.some((w) => w.start === s.start));
  if (bare.length === 0) return NONE;
  /** Only the leads' own words can be written in a lead; no other word needs counting. */
  const words = new Set(leads.flatMap((l) => [...l.matchAll(LETTER_RUN)].flatMap((m) => termOf(m[0]) ?? [])));
  const inLead = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  const count = (term: string | null, start: number, end: number): void => {
    if (term === null || !words.has(term)) return;
    const into = insideSpan(bare, start, end) ? inLead : elsewhere;
    into.set(term, (into.get(term) ?? 0) + 1);
  };
  return {
    see(word, term, start) {
      if (!JOINED.test(word)) return count(term, start, start + word.length);
      for (const m of word.matchAll(LETTER_RUN)) count(termOf(m[0]), start + m.index, start + m.index + m[0].length);
    },
    shares() {
      return new Map([...inLead].map(([t, c]) => [t, c / (c + (elsewhere.get(t) ?? 0))]));
    },
  };
}
