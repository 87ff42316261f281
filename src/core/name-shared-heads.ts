// "Los Angeles and Ventura counties", "Kern, Tulare and Fresno counties": names listed before
// a plural head each take it; the span stays the name as written.

import type { Accepted } from './mention-types';
import { INLINE_SPACE as S } from './inline-space';

const SHARED_HEAD_AFTER =
  new RegExp(String.raw`^(?:,${S}\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?)*,?(?:${S}(?:and|or)${S}\p{Lu}[\p{L}’'-]*(?:[^\S\n]\p{Lu}[\p{L}’'-]*)?)?${S}(counties|provinces|states)\b`, 'u');
const SINGULAR_HEAD: Record<string, string> = { counties: 'County', provinces: 'Province', states: 'State' };

export function withSharedHead(a: Accepted, text: string): Accepted {
  const plural = SHARED_HEAD_AFTER.exec(text.slice(a.end, a.end + 120))?.[1];
  const head = plural === undefined ? undefined : SINGULAR_HEAD[plural];
  return head === undefined || a.name.endsWith(` ${head}`) ? a : { ...a, name: `${a.name} ${head}`, forced: a.forced ?? 'place' };
}
