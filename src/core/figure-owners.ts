// Whose figure it is: the institutions a sentence names. The Bank of England's 4% rate is
// not the Fed's 4.00%-4.25% range, and the OBR's inflation forecast is not the ECB's, though
// each measures "the rate" or "inflation". Read from the text alone: a run of capitalised
// words holding an institution's head word ("Bank of England", "Federal Open Market
// Committee", "Bundesbank"), or an organisation's acronym ("ECB", "OBR").

import { initials } from './acronym-match';
import { ORG_ACRONYMS } from './org-acronyms';

/** Marks an owner in a figure's measure word list; no text yields it. */
export const OWNER_MARK = 'owner:';

// Head words of bodies that publish or set figures. "Fed" is the one clipped name news
// uses for a bank as freely as its full one. A committee, council or board ("Governing
// Council", "Monetary Policy Committee") is a body of one of these, named without it.
const HEAD = /^(?:Bank|Reserve|Commission|Fund|Office|Ministry|Treasury|Union|Parliament|Government|Authority|Agency|Department|Institute|Bureau|Fed|[A-Z][a-z]+bank)$/;
// All-capitals words that are measures, currencies or countries, not bodies.
const NOT_OWNER_ACRONYMS = new Set(['GDP', 'PCE', 'CPI', 'CEO', 'CFO', 'US', 'UK', 'USD', 'EUR', 'GBP', 'AI']);
// Not "and": "Trump and European Commission President …" names two.
const CONNECTORS = new Set(['of', 'for', 'the']);
// Titles that end an institution's name and begin a person's.
const TITLES = new Set(['President', 'Chair', 'Chairman', 'Chairwoman', 'Governor', 'Secretary', 'Minister', 'Director', 'Chief', 'Head', 'Commissioner']);
// Capitalised only for opening the sentence: "The Bank of England".
const LEADING = new Set(['The', 'A', 'An', 'And', 'But', 'In', 'At', 'On', 'By']);
// A dateline ("LONDON —") names where the story was filed, not whose figures it gives.
const DATELINE = /^[A-Z][A-Z .,'’-]*[^\S\n]+[\u2014\u2013-][^\S\n]+/;
const WORD = /[\p{L}][\p{L}'’.-]*/gu;

function bare(word: string): string {
  return word.replace(/['’]s?$/, '').replace(/\.$/, '');
}

/** The name in a run of capitalised words, through its last head word and the "of …"
 *  after it: "Bank of England", "Bundesbank" in "Bundesbank President Joachim Nagel". */
function throughHead(run: readonly string[]): string | null {
  let last = -1;
  run.forEach((w, i) => {
    if (HEAD.test(w)) last = i;
  });
  if (last < 0) return null;
  let end = last + 1;
  if (CONNECTORS.has(run[end] ?? '')) while (end < run.length && !TITLES.has(run[end] as string)) end++;
  return run.slice(0, end).join(' ');
}

/** The institutions `sentence` names, as written (possessive dropped), in order; with
 *  `possessors`, also whoever a possessive names ("Powell's term"). */
export function ownersIn(sentence: string, possessors = true): string[] {
  const text = sentence.replace(DATELINE, '');
  const owners: string[] = [];
  let run: string[] = [];
  let lastEnd = 0;
  const flush = (possessive = false): void => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1] as string)) run.pop();
    while (run.length > 0 && LEADING.has(run[0] as string)) run.shift();
    const name = throughHead(run) ?? (possessive && run.length > 0 ? run.join(' ') : null);
    if (name !== null) owners.push(name);
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const word = bare(raw);
    if (run.length > 0 && text.slice(lastEnd, m.index) !== ' ') flush();
    lastEnd = (m.index ?? 0) + raw.length;
    if (/^\p{Lu}{2,5}$/u.test(word) && !NOT_OWNER_ACRONYMS.has(word)) {
      flush();
      owners.push(word);
    } else if (/^\p{Lu}/u.test(word) && !/^\p{Lu}{2,}/u.test(word)) run.push(word);
    else if (run.length > 0 && CONNECTORS.has(word)) run.push(word);
    else flush();
    // A possessive or a dot ends the name: "the Fed's 2% goal", "Federal Reserve's Board".
    // Whoever's it is, a person's too: "Powell's term" is not "Miran's term".
    if (raw !== word) flush(possessors && /['’]s?$/.test(raw));
  }
  flush();
  return owners;
}

function expand(name: string): string {
  return ORG_ACRONYMS.get(name) ?? name;
}

/** Whether two names of institutions may name the same one: the same words, an acronym
 *  and its initials ("ECB", "European Central Bank"), or a clipped first word ("Fed",
 *  "Federal Reserve"). */
export function sameOwner(a: string, b: string): boolean {
  const x = expand(a).toLowerCase();
  const y = expand(b).toLowerCase();
  if (x === y) return true;
  const acronymOf = (short: string, long: string) => /^\p{Lu}{2,5}$/u.test(short) && initials(expand(long)) === short;
  if (acronymOf(a, b) || acronymOf(b, a)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // A surname and the full name: "Powell", "Jerome Powell".
  if (!short.includes(' ') && long.split(' ').pop() === short) return true;
  return !short.includes(' ') && short.length >= 3 && long.split(' ')[0]?.startsWith(short) === true;
}

/** Whether the owners named for two figures rule them apart: both name one and none of
 *  one side's can be the other's. */
export function ownersConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) for (const y of b) if (sameOwner(x, y)) return false;
  return true;
}

/** Owner marks for a figure of `sentence`: the institutions it names and whoever a
 *  possessive in the figure's own `clause` names ("Miran's own forecast implies five" is
 *  Miran's, the "two" before it is not), else the institutions of the sentence before ("the
 *  bank's 2% target" after "The Bank of England cut…"), else `fallback` (a stored
 *  article's lead institutions). */
export function ownerMarks(sentence: string, before = '', fallback: readonly string[] = [], clause = sentence): string[] {
  let owners = [...ownersIn(sentence, false), ...ownersIn(clause)];
  // A person's possessive is said of one figure; the institutions of a story go on.
  if (owners.length === 0 && before !== '') owners = ownersIn(before, false);
  if (owners.length === 0) owners = [...fallback];
  return [...new Set(owners)].map((o) => `${OWNER_MARK}${o}`);
}
