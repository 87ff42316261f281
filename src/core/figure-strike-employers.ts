// Whose strike a date is. "About 33,000 machinists at Boeing went on strike on Sept. 13" is
// the day Boeing's workers walked out, not the day of a stored strike whose sentence names
// other companies ("General Motors reached a deal with the United Auto Workers, ending a
// strike that began on September 15"): the two share the strike topic and nothing else, so
// without this they differed. Only an employer the page names as the one whose workers strike
// ("workers at Boeing", "Boeing machinists") sets a date apart, and only from a stored sentence
// that names organisations, none of them that employer by any short form.

import { aliasKey } from './alias-key';
import { initialsForms } from './acronym-match';
import { named, type Named } from './figure-named';
import type { Quantity } from './types';

const S = String.raw`[^\S\n]+`;
const STRIKE = /\b(?:strikes?|struck|walk(?:ed|s)?[^\S\n]+out|walkouts?|picket(?:ed|s|ing)?)\b/i;
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

/** Whether the page's strike date `q` in `sentence` is another employer's than the stored
 *  date's strike, whose sentence is `storedSentence`. */
export function strikesOfOtherEmployers(sentence: string, q: Pick<Quantity, 'kind'>, storedSentence: string): boolean {
  if (q.kind !== 'date' || !STRIKE.test(storedSentence)) return false;
  const parties = strikingParties(named(sentence));
  if (parties.length === 0) return false;
  const stored = named(storedSentence);
  const theirs = strikingParties(stored);
  const orgs = theirs.length > 0 ? theirs : stored.mentions.filter((m) => m.type === 'org').map((m) => m.canonical);
  return orgs.length > 0 && !orgs.some((o) => parties.some((p) => sameBody(o, p)));
}
