// "Sarah Hamouda, who runs Fix Dessert Chocolatier", "the family that owns Chelsea", "she
// founded Acme Robotics": what a person runs, owns, founds or heads is a body, never a person.
// A possessive name is not the object ("ran Bill Clinton's campaign": the campaign is), nor a
// rival someone "ran close" ("ran Usain Bolt close", "ran him closer"): that is a race.

import { INLINE_SPACE as S } from './inline-space';

const RUN_VERB_BEFORE =
  new RegExp(String.raw`(?:^|[^\p{L}])(?:runs|ran|running|owns|owned|owning|co-owns|co-founded|founded|founding|heads|headed|chairs|chaired)${S}(?:the${S})?$`, 'u');
const POSSESSIVE_AFTER = /^['’]/;
// Only after "ran"/"run": one owns or founds no rival. "ran X close to bankruptcy" is a body
// run into the ground, not a race.
const RAN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:runs?|ran|running)${S}(?:the${S})?$`, 'u');
const RAN_CLOSE_AFTER =
  new RegExp(String.raw`^${S}(?:so${S}|very${S}|desperately${S})?clos(?:e|er)\b(?!${S}to${S}(?:the${S})?(?:bankruptcy|collapse|ruin|insolvency|failure|default|closure|brink|edge|wall)\b)`, 'u');

/** Whether the mention at `start`–`end` of `text` is the object of running or owning. */
export function runObject(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 48);
  return RUN_VERB_BEFORE.test(before) && !POSSESSIVE_AFTER.test(after) && !(RAN_BEFORE.test(before) && RAN_CLOSE_AFTER.test(after));
}
