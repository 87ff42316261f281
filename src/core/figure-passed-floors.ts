// "Its costs have passed $1.1 billion", "sales topped 2 million": a figure a verb says was
// gone beyond is a floor, as "more than" in its span would make it, so a later "about $1.7
// billion" is what it allows, not another figure. "Passed" and "crossed" also take things
// ("passed 3 bills", "crossed two rivers"): for them only a sum, a share, a length of time or a
// bare number is a floor. Neither is one side of a tally ("the levy passed 54% to 46%") nor a
// time that says when ("the deadline passed 2 weeks ago", "passed 5 months after").

import type { Quantity } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const TALLY_SIDE = new RegExp(String.raw`^(?:${S}to${S}|${S_OPT}[-–]${S_OPT})\d`);
const WHEN_AFTER = new RegExp(String.raw`^${S}(?:ago|after|before|later|earlier)\b`, 'i');
const GONE_BEYOND = new RegExp(String.raw`(?:^|[^\p{L}])(?:(exceed|surpass)(?:ed|es|s)?|(top)(?:ped|s)|(pass|cross)(?:ed|es))${S}$`, 'iu');

/** The qualifier a verb before `q` gives it ("more than"), or null. */
export function passedFloor(sentence: string, q: Quantity): string | null {
  const m = GONE_BEYOND.exec(sentence.slice(Math.max(0, q.start - 20), q.start));
  if (m === null) return null;
  if (m[3] !== undefined && q.unit !== null && q.form !== 'money' && q.form !== 'percent' && q.form !== 'duration') return null;
  const after = sentence.slice(q.end, q.end + 16);
  if (TALLY_SIDE.test(after) || (q.form === 'duration' && WHEN_AFTER.test(after))) return null;
  return 'more than';
}
