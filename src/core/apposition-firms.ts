// "Merlo, one of the nation's largest insurers, said …", "Vale, the iron producer,": an
// apposition that calls a name a business is as strong a sign as "based in" or "its" that a
// town's name is a firm's (type-votes' `firm`, the only org votes that retype a city). Other
// bodies a town may be said to be ("a party stronghold") and places' kinds are left out.

import { oneOfAsSingular } from './apposition-one-of';
import { producerOfTrade } from './apposition-producers';
import { INLINE_SPACE } from './inline-space';

const FIRMS = new Set(
  ['company', 'firm', 'insurer', 'lender', 'bank', 'carrier', 'airline', 'retailer', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'conglomerate', 'utility', 'brewer', 'supermarket', 'grocer', 'miner'],
);
const S = INLINE_SPACE;
const FIRM_APPOSITION = new RegExp(
  String.raw`^,${S}(?:the|a|an)${S}(?:[\p{L}’'-]+${S}){0,3}?(\p{Ll}+)(?=[^\S\n]*[,.;:—–)]|${S}(?:that|which|whose|based|in|of|with)\b)`,
  'u',
);

/** The `firm` votes of the apposition that opens `after`: 2 where its head is a business. */
export function firmAppositionVote(after: string): number {
  const m = FIRM_APPOSITION.exec(oneOfAsSingular(after));
  if (!m) return 0;
  const words = m[0].split(/[\s,]+/u);
  const noun = m[1] ?? '';
  return FIRMS.has(noun) || producerOfTrade(noun, words[words.length - 2] ?? '') ? 2 : 0;
}
