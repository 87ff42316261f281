// "Merlo, one of the nation's largest insurers, said …", "Vale, the iron producer,": an
// apposition that calls a name a business is as strong a sign as "based in" or "its" that a
// town's name is a firm's (type-votes' `firm`, the only org votes that retype a city). Other
// bodies a town may be said to be ("a party stronghold") and places' kinds are left out.

import { oneOfAsSingular } from './apposition-one-of';
import { producerOfTrade } from './apposition-producers';
import { INLINE_SPACE, INLINE_SPACE_OPT as S_OPT } from './inline-space';
import { isStateName } from './state-abbreviations';

const FIRMS = new Set(
  ['company', 'firm', 'insurer', 'lender', 'bank', 'carrier', 'airline', 'retailer', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'conglomerate', 'utility', 'brewer', 'supermarket', 'grocer', 'miner'],
);
const S = INLINE_SPACE;
const FIRM_APPOSITION = new RegExp(
  String.raw`^,${S}(?:the|a|an)${S}(?:[\p{L}’'-]+${S}){0,4}?(\p{Ll}+)(?=${S_OPT}[,.;:—–)]|${S}(?:that|which|whose|based|in|of|with)\b)`,
  'u',
);

// "Alaska, one of the largest oil producers in the country,", "Sichuan, the largest pork
// producer in China,": a state or a region is a commodity's producer as often as a firm is, and
// then it is ranked within its country or named as a state; an insurer or a lender it is not.
const RANKED_WITHIN = new RegExp(
  String.raw`^,[^,.;:—–)]*?(?:\b(?:country|nation|state|province)['’]s\b|\p{Lu}[\p{L}.]*['’]s\b|\b(?:in|among)${S}(?:the${S})?(?:country|nation|states|provinces|\p{Lu}))`,
  'u',
);

/** The `firm` votes of the apposition that opens `after`: 2 where its head is a business.
 *  `name` is the name before it (a U.S. state is no commodity's firm). */
export function firmAppositionVote(after: string, name = ''): number {
  const m = FIRM_APPOSITION.exec(oneOfAsSingular(after));
  if (!m) return 0;
  const words = m[0].split(/[\s,]+/u);
  const noun = m[1] ?? '';
  if (FIRMS.has(noun)) return 2;
  return producerOfTrade(noun, words[words.length - 2] ?? '') && !isStateName(name) && !RANKED_WITHIN.test(after) ? 2 : 0;
}
