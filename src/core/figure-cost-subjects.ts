// What a cost is of: "the strike's cost", "the cost of its own contract", "the contract would
// add $9.3 billion to its costs", "the union's demands would have cost the company $14 billion".
// A contract's cost is not a strike's, though both are a company's cost in one story; marked as
// what the sum is over (figure-subjects.ts), so two sums of different things are kept apart and
// one that says nothing of what it is the cost of ("the total cost to the companies") is not.

import { SUBJECT_MARK } from './figure-subjects';
import { INLINE_SPACE as S } from './inline-space';

const COST_OF = [
  // "the strike's cost", "the strike's total cost"
  new RegExp(String.raw`\b(\p{Ll}[\p{Ll}-]*)['’]s?${S}(?:\p{Ll}+${S})?costs?\b`, 'gu'),
  // "the cost of its own contract", "costs of the war"
  new RegExp(String.raw`\bcosts?${S}of${S}(?:(?:the|its|their|this|that)${S})?(?:own${S})?(\p{Ll}[\p{Ll}-]*)`, 'gu'),
  // "the contract would add … to its costs", "the union's demands would have cost", "the attack
  // has cost"
  new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)${S}(?:[\p{Ll}'’]+${S})?(\p{Ll}+)${S}(?:has|had|would|will|could|might)${S}(?:have${S})?(?:cost\b|add\b(?=[^;:]*\bcosts?\b))`, 'gu'),
];
// Words that say how much or whose, not of what: "the city's costs", "the family's medical costs".
const NOT_THINGS = new Set([
  'total', 'own', 'living', 'company', 'companies', 'year', 'month', 'week', 'day', 'estimated', 'overall', 'final', 'full',
  'city', 'state', 'government', 'county', 'country', 'nation', 'town', 'council', 'agency', 'union', 'team', 'club', 'family',
  'families', 'household', 'households', 'school', 'district', 'firm', 'bank', 'hospital', 'industry', 'taxpayers', 'consumers',
]);

/** Subject marks for what a sum's clause `clause` says it is the cost of. */
export function costSubjects(clause: string): string[] {
  const out = new Set<string>();
  for (const re of COST_OF) {
    for (const m of clause.matchAll(re)) {
      const word = (m[1] as string).toLowerCase();
      if (!NOT_THINGS.has(word)) out.add(`${SUBJECT_MARK}${word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word}`);
    }
  }
  return [...out];
}
