// "the trading firm JA Zen-Noh Tamago said", "the retailer Hoshino Bussan said": a name right
// after "the" and a noun for a kind of body is that body, whatever the speech verb after it
// votes for a person. Not where the name opens a clause of its own ("the company Elon Musk
// founded", "the firm Smith ran"): that name is whoever acts on the body. A place's adjective
// or a name may say where or whose the body is ("the South Korean carmaker Hyundai said", "the
// U.S. lender Ally said", "the Wall Street bank Lazard said"), and so may a carrier's line ("the
// cruise line Carnival said"), not another ("the party line Smith set"). Used by entity-typing.ts.

import { lineOfTrade } from './apposition-lines';
import { ORG_NOUNS } from './entity-cues';
import { INLINE_SPACE as S } from './inline-space';

// The phrase stays on one line: a heading's last words are no kind for the paragraph's first name.
const KIND_BEFORE = new RegExp(
  String.raw`\b[Tt]he${S}(?:\p{Lu}[\p{L}.’'-]*${S}){0,2}(?:(\p{Ll}[\p{Ll}-]*)${S})?(\p{Ll}[\p{Ll}-]*)${S}$`,
  'u',
);
const CLAUSE_VERB = new RegExp(
  String.raw`^${S}(?:co-)?(?:founded|started|ran|runs|run|led|leads|built|builds|created|creates|owned|owns|bought|buys|sold|sells|joined|joins|left|leaves|heads|headed|chairs|chaired|set${S}up|took${S}over|named|calls|called|wanted|wants|had|has${S}(?:founded|run|led|built|bought|sold|joined|left))\b`,
  'u',
);

/** The org votes for a name after "the" and a kind of body (3), else 0. */
export function kindAppositiveVote(before: string, after: string): number {
  const m = KIND_BEFORE.exec(before);
  const kind = m?.[2];
  // "the Dutch shipping line Maersk said": a carrier's line is a body too (apposition-lines).
  if (kind === undefined || !(ORG_NOUNS.has(kind) || lineOfTrade(kind, m?.[1] ?? ''))) return 0;
  return CLAUSE_VERB.test(after) ? 0 : 3;
}
