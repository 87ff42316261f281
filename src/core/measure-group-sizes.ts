// "Its crew of 25, all from India, were safe", "a jury of 12", "a workforce of 1,200": a bare
// number after a group's noun and "of" is that group's size, as "its 25 crew members" is. It
// counts the group's members under the group's name, so it meets another count of that crew,
// never a bare count of ships or feet that shares a verb with it, nor a body's membership.

import { COUNTS_MARK } from './measure-phrases';
import type { Quantity } from './types';
import { INLINE_SPACE as S } from './inline-space';

const GROUPS = 'crew|team|squad|staff|workforce|jury|panel|delegation|fleet|convoy|family';
const GROUP_OF_BEFORE = new RegExp(String.raw`\b(${GROUPS})s?${S}of${S}$`, 'i');
// "25 crew members", "12 jury members": the members' noun after the group's.
const GROUP_MEMBERS_AFTER = new RegExp(String.raw`^${S}(crew|team|squad|staff|jury|panel)${S}members?\b`, 'i');

/** The counts mark of a figure that is a group's size ("counts:crew"), or null. */
export function groupSize(sentence: string, q: Quantity): string | null {
  if (q.form !== 'count') return null;
  const noun = q.unit === null
    ? GROUP_OF_BEFORE.exec(sentence.slice(Math.max(0, q.start - 24), q.start))?.[1]
    : GROUP_MEMBERS_AFTER.exec(sentence.slice(q.end, q.end + 24))?.[1];
  return noun === undefined ? null : `${COUNTS_MARK}${noun.toLowerCase()}`;
}
