// Who a count of people is to a body: the people a union represents are its members ("The UAW
// represents about 146,000 workers", "of the about 146,000 it represents"), a body's size as
// "the party's 362,000 members" is (measure-phrases.ts, membership); the people companies
// employ are their staff ("13 companies that employ nearly 150,000 workers"), another count
// though it counts workers too.

import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

/** The event mark of a body's members counted as its size (measure-phrases.ts gives it too). */
export const MEMBERSHIP = 'membership';

/** Nouns a count of people who work goes by ("46,000 nurses"); strikers are counted by them
 *  too (measure-strikers.ts). */
export const WORKER_NOUNS = String.raw`workers?|members?|employees?|staff|machinists?|nurses?|teachers?|drivers?|miners?|dockworkers?`;

const QUALIFIER = String.raw`(?:(?:about|nearly|some|roughly|around|almost|more${S}than|over)${S})?`;
const REPRESENTS_BEFORE = new RegExp(String.raw`\brepresents?${S}${QUALIFIER}$`, 'i');
const REPRESENTS_AFTER = new RegExp(String.raw`^${S}(?:(?:it|they|the${S}union|which)${S})?(?:still${S})?represents?\b`, 'i');
// Whom a union represents: its workers, or a bare count; a senator's "3 million people", a
// lawmaker's residents or a club's 40 nations are no members.
const WORKERS = new RegExp(String.raw`^(?:${WORKER_NOUNS}|pilots?|actors?|writers?)$`, 'i');
const EMPLOY_BEFORE = new RegExp(String.raw`\b(?:employ|employs|employed|employing)${S}${QUALIFIER}$`, 'i');

/** The event mark of a count of people a body represents ("membership") or employs
 *  ("employed"), or null. */
export function membersOrStaff(sentence: string, q: Pick<Quantity, 'form' | 'kind' | 'unit' | 'start' | 'end'>): string | null {
  if (q.form !== 'count' || q.kind !== 'number') return null;
  const head = sentence.slice(Math.max(0, q.start - 40), q.start);
  const workers = q.unit === null || WORKERS.test(q.unit);
  if (workers && REPRESENTS_BEFORE.test(head) || REPRESENTS_AFTER.test(sentence.slice(q.end, q.end + 40))) return MEMBERSHIP;
  return EMPLOY_BEFORE.test(head) ? 'employed' : null;
}
