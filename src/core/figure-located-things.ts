// "Nearby Lake Balaton, about 6 kilometres to the east, is too cold" is no restatement of
// "The Svartsengi power plant and the Blue Lagoon, both about 6 kilometres from the town":
// a distance set in commas after names is how far those things lie, and two sentences that
// each name what lies there, none the same, give the distances of two things. Read only for
// distances so set on both sides; a distance that names no thing may be of either.

import { named } from './figure-named';
import { sameOwner } from './figure-institutions';
import { INLINE_SPACE as S } from './inline-space';
import type { Fact, Quantity } from './types';

const DISTANCE_UNIT = /^(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|foot|yards?)$/i;
// "Lake Balaton, about 6 kilometres", "the Blue Lagoon, both about 6 kilometres".
const APPOSED = new RegExp(String.raw`,${S}(?:(?:both|each|all)${S})?$`, 'i');

// "Police in Grindavik said the power plant, about 6 kilometres …": the thing set in commas
// is the phrase right before them; it is named when a name ends it, with at most a head
// noun or two after ("the Svartsengi power plant"), else it is unnamed and lies anywhere.
const NAMED_HEAD = /^(?:['’]s)?(?:[^\S\n]+(?!(?:the|a|an|its|their|his|her|and|or|of|in|at|to|from|said|says)\b)\p{Ll}+){0,2}[^\S\n]*$/u;

/** The names of the things a distance `q` of `sentence` is set after in commas; [] when it is not so set. */
export function locatedThings(sentence: string, q: Quantity): string[] {
  if (q.unit === null || !DISTANCE_UNIT.test(q.unit) || !APPOSED.test(sentence.slice(0, q.start))) return [];
  const clauseStart = Math.max(0, sentence.lastIndexOf(';', q.start) + 1);
  const names = named(sentence).mentions.filter((m) => m.start >= clauseStart && m.end <= q.start);
  const comma = sentence.lastIndexOf(',', q.start - 1);
  const last = names.at(-1);
  return last !== undefined && NAMED_HEAD.test(sentence.slice(last.end, comma)) ? names.map((m) => m.canonical) : [];
}

/** Whether the page's distance `q` and the stored `fact` are distances of things none the same. */
export function distancesOfOtherThings(sentence: string, q: Quantity, fact: Fact): boolean {
  const page = locatedThings(sentence, q);
  if (page.length === 0) return false;
  const stored = locatedThings(fact.where.sentence, fact.quantity);
  return stored.length > 0 && !page.some((a) => stored.some((b) => sameOwner(a, b)));
}
