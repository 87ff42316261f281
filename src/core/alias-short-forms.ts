// Short forms one stored text names an organisation by, for the texts that write them alone.
// "Ford Motor Co. … Ford said" in one article makes "Ford" that company's short form; a second
// article writing only "Ford" means the same company, not a body of its own.

import { aliasKey } from './alias-key';
import type { EntityMention } from './types';

/** Short form (keyed by `keyOf`) → the key of the organisation a mention named by it; null
 *  where two organisations are named by the same short form, which then decides nothing. */
export function namedShortForms(mentions: readonly EntityMention[], keyOf: (name: string) => string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'org') continue;
    const full = aliasKey(m.canonical);
    const short = aliasKey(m.text);
    if (short === full || !full.startsWith(`${short} `)) continue;
    const key = keyOf(short);
    const target = keyOf(full);
    const seen = out.get(key);
    if (seen === undefined) out.set(key, target);
    else if (seen !== target) out.set(key, null);
  }
  return out;
}
