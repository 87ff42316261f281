// "the company could face fines of up to $44,539 per vehicle" in a Fiat Chrysler story is no
// restatement of "Volkswagen could face fines of up to $37,500 per car": a fine is of the
// party that faces it, and two makers' fines are two fines whoever sets them (both the
// EPA's). The party is the name before "could face fines of"; "the company" or "it" is the
// first company the text before names (a story's lead names its company first), not a body
// that sets fines (figure-institutions.ts).

import { aliasKey } from './alias-key';
import { named } from './figure-named';
import { isInstitution, sameOwner } from './figure-institutions';
import { INLINE_SPACE as S } from './inline-space';
import type { Fact, Quantity } from './types';

const NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:${S}\p{Lu}[\p{L}&.'’-]*){0,3}`;
const FACES_FINE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${NAME}|[Tt]he${S}company|[Ii]t)${S}(?:(?:could|would|may|might|will|can)${S})?(?:also${S})?faces?${S}(?:(?:a|total)${S})?(?:fines?|penalt(?:y|ies))${S}(?:of${S})?(?:up${S}to${S})?[^\s\d]{0,3}$`,
  'du',
);
const CALLED_BACK = /^(?:the\s+company|it)$/i;
// Regulators isInstitution leaves (it takes those that publish figures): "the National Highway
// Traffic Safety Administration opened a probe into …" names the body, not the company.
// Apart from HEADS (figure-institutions.ts), who owns a figure: a board owns none, yet is no company.
const REGULATOR_HEAD = /\b(?:Administration|Board|Court|Tribunal|Regulator|Watchdog|Inspectorate)\b/;

/** The party that faces the fine `q` of `sentence`, or null; `earlier` is the text before. */
export function finedParty(sentence: string, q: Quantity, earlier = ''): string | null {
  const digit = q.text.search(/\d/);
  const lead = digit < 0 ? q.text : q.text.slice(0, digit);
  const from = Math.max(0, q.start - 120);
  const m = FACES_FINE.exec(sentence.slice(from, q.start) + lead);
  const party = m?.[1];
  if (party === undefined) return null;
  // "Firms could face fines": a capitalised word that opens a sentence names no party
  // unless the entity pipeline takes it as a name.
  const end = from + (m?.indices?.[1]?.[1] ?? 0);
  if (!CALLED_BACK.test(party)) return named(sentence).mentions.some((x) => x.end === end) ? party : null;
  const n = named(earlier);
  const company = n.mentions.find((m) => m.type === 'org' && !REGULATOR_HEAD.test(m.canonical) && !isInstitution(m, n.text.slice(m.end)));
  return company === undefined ? null : aliasKey(company.canonical);
}

// "Acme Motors Inc" and "Acme Motors", "Meta Platforms" and "Meta": a name and its leading
// words are one party.
const words = (name: string): string[] => name.replace(/^The\s+/, '').split(/\s+/);
function oneParty(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return sameOwner(a, b) || short.every((w, i) => w === long[i]);
}

/** Whether the page's fine `q` and the stored `fact` are fines two parties face. */
export function finesOfOtherParties(sentence: string, q: Quantity, earlier: string, fact: Fact): boolean {
  if (q.form !== 'money' || fact.quantity.form !== 'money') return false;
  const page = finedParty(sentence, q, earlier);
  const stored = page === null ? null : finedParty(fact.where.sentence, fact.quantity);
  return page !== null && stored !== null && !oneParty(page, stored);
}
