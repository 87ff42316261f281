// "it had handed over about 260,000 homes so far this year" is a count of homes delivered, as
// the stored "delivered about 300,000 homes in 2023": things a maker hands over are delivered.
// People and remains handed over are released or returned (the lexicon's words for them), so
// counts of them are left alone; "handed" alone ("handed down", "handed power") is no delivery.

import { countFamily } from './figure-families';
import { INLINE_SPACE as S } from './inline-space';
import type { Quantity } from './types';

const HANDED_OVER = new RegExp(String.raw`\bhand(?:ed|s|ing)?${S}over${S}$`, 'iu');
const PEOPLE = new Set(['person', 'hostage', 'prisoner', 'body']);

/** 'delivered' for a count of things (the span holds its qualifier) said to be handed over. */
export function handedOver(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count' || PEOPLE.has(countFamily(q.unit).family ?? 'person')) return null;
  return HANDED_OVER.test(sentence.slice(0, q.start)) ? 'delivered' : null;
}
