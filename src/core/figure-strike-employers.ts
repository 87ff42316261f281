// Whose strike a date is. "About 33,000 machinists at Boeing went on strike on Sept. 13" is
// the day Boeing's workers walked out, not the day of a stored strike whose sentence names
// other companies ("General Motors reached a deal with the United Auto Workers, ending a
// strike that began on September 15"): the two share the strike topic and nothing else, so
// without this they differed. Only an employer the page names as the one whose workers strike
// ("workers at Boeing", "Boeing machinists") sets a date apart, and only from a stored sentence
// that names organisations, none of them that employer by any short form.

import { aliasKey } from './alias-key';
import { cachedPerFact } from './fact-cache';
import { initialsForms } from './acronym-match';
import { findNamed, named, type Named } from './figure-named';
import type { Fact, Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const STRIKE = new RegExp(String.raw`\b(?:strikes?|struck|walk(?:ed|s)?${S}out|walkouts?|picket(?:ed|s|ing)?)\b`, 'i');
const WORKERS = String.raw`(?:workers?|employees|staff|machinists|nurses|drivers|pilots|miners|teachers|members|\p{Ll}+workers)`;
const WORKERS_AT = new RegExp(String.raw`\b${WORKERS}${S}(?:at|of|for)${S}(?:the${S})?$`, 'u');
const WORKERS_AFTER = new RegExp(String.raw`^(?:['’]s)?${S}${WORKERS}\b`, 'u');

/** The organisation whose workers `n` says strike, or null. */
export function strikingEmployer(n: Named): string | null {
  return strikingParties(n)[0] ?? null;
}

// Every organisation said to be the strikers': "UAW members at Ford" names the union and the
// employer, and either may be the one a stored sentence names.
function strikingParties(n: Named): string[] {
  if (!STRIKE.test(n.text)) return [];
  return n.mentions.filter((x) => x.type === 'org' && (WORKERS_AT.test(n.text.slice(0, x.start)) || WORKERS_AFTER.test(n.text.slice(x.end)))).map((x) => x.canonical);
}

function sameBody(a: string, b: string): boolean {
  if (aliasKey(a) === aliasKey(b)) return true;
  const short = (x: string, y: string) => /^\p{Lu}{2,6}$/u.test(x) && initialsForms(y).includes(x);
  return short(a, b) || short(b, a);
}

// The organisations a stored strike sentence sets a page's strikers against, read once per
// stored fact: a page's dates are each set against every stored fact, and reading the stored
// sentence's names per pair through named()'s 64-entry cache found them anew every time once
// more than 64 strike sentences were stored. null: the sentence is of no strike.
const strikeOrgsOf = cachedPerFact((fact): readonly string[] | null => {
  const sentence = fact.where.sentence;
  const stored = STRIKE.test(sentence) ? findNamed(sentence) : null;
  const theirs = stored ? strikingParties(stored) : [];
  return stored === null ? null : theirs.length > 0 ? theirs : stored.mentions.filter((m) => m.type === 'org').map((m) => m.canonical);
});

/** Whether the page's strike date `q` in `sentence` is another employer's than the stored
 *  date `fact`'s strike. */
export function strikesOfOtherEmployers(sentence: string, q: Pick<Quantity, 'kind'>, fact: Fact): boolean {
  if (q.kind !== 'date' || !STRIKE.test(fact.where.sentence)) return false;
  const parties = strikingParties(named(sentence));
  if (parties.length === 0) return false;
  const orgs = strikeOrgsOf(fact);
  return orgs !== null && orgs.length > 0 && !orgs.some((o) => parties.some((p) => sameBody(o, p)));
}
