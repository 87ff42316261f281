// "Senator Sherrod Brown … said the managers had ignored warnings from the Federal Reserve Bank
// of San Francisco." then a paragraph "Becker defended the decision … to sell $21 billion of
// bonds at a loss of $1.8 billion": a body the paragraph before names only as where something
// came from is not the subject the next paragraph goes on with. Used by figure-owners.ts.
import type { Named } from './figure-named';
import { INLINE_SPACE as S } from './inline-space';

const FROM_BEFORE = new RegExp(String.raw`\bfrom${S}(?:the${S})?$`);

/** Whether every organisation `n` names comes after "from" (a source, not an actor). */
export function bodiesOnlyAsSources(n: Named): boolean {
  const orgs = n.mentions.filter((m) => m.type === 'org');
  return orgs.length > 0 && orgs.every((m) => FROM_BEFORE.test(n.text.slice(Math.max(0, m.start - 12), m.start)));
}
