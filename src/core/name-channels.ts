// "France 2", "France 24": a broadcaster named for its country and its channel's number.
// Discovery drops tokens with digits, so the country alone was read, a place. A
// country's name and a number of one or two digits is a channel where the phrase reads as
// one: watched or said "on" it, "told" it, or it airs, reports or broadcasts. A score
// ("France beat Spain 2-1", "France 2, Spain 1", "lost to France 2 to 1") is never one: no
// hyphen, dash, "to" or other number follows, and nothing before or after speaks of broadcasting.

import { piece } from './name-pieces';
import type { Accepted } from './mention-types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const CHANNEL = new RegExp(String.raw`(?<![\p{L}\d])(\p{Lu}[\p{L}]+) (\d{1,2})(?![\d.,]?\d|[-–—:/]\d| ?[-–—][^\S\n]?\d| to \d)`, 'gu');
// What a channel is said to do, or is: the word after it.
const MEDIA_AFTER =
  new RegExp(String.raw`^,?${S}(?:aired|airs|broadcast|broadcasts|reported|reports|showed|shows|said|says|quoted|interviewed|television|TV|channel|news|reporter|correspondent|journalist|anchor|presenter|interview|documentary|programme|program|viewers)\b`, 'u');
// Where a channel is watched or who is told: the word before it.
const MEDIA_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:on|told|telling|tells|to|with|by)${S}$`, 'u');
// A plural counted noun, a unit or a percentage after the number counts it ("on France 2 days
// later", "to China 3 percent", "to Spain 1 year ago", "with France 1 point ahead", "Mexico 25%").
const COUNTED = new RegExp(String.raw`^(?:${S_OPT}%|${S}(?:\p{Ll}+s|percent|per|point|year|month|week|day|hour|minute|goal|time|mile|km|seat|vote)\b)`, 'u');

/** The channels written as a country and a number in `text`, as accepted org mentions; the
 *  country alone inside one is left out of `accepted`. */
export function withChannels(accepted: Accepted[], text: string, isCountry: (name: string) => boolean): Accepted[] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(CHANNEL)) {
    const country = m[1] ?? '';
    const end = m.index + m[0].length;
    if (!isCountry(country)) continue;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(end, end + 40);
    // "on France 2", "told France 24 on Monday", but not "on France 2 days later": a number
    // before a plural counts it.
    if (!MEDIA_AFTER.test(after) && !(MEDIA_BEFORE.test(before) && !COUNTED.test(after))) continue;
    spans.push([m.index, end]);
  }
  if (spans.length === 0) return accepted;
  const inside = (a: Accepted): boolean => spans.some(([s, e]) => a.start >= s && a.end <= e);
  const out = accepted.filter((a) => !inside(a));
  for (const [s, e] of spans) {
    const name = text.slice(s, e);
    out.push({ start: s, end: e, name, words: name.split(' '), cand: { pieces: [piece(s, e, name, false, false, true, false)], titled: false, initial: false }, forced: 'org' });
  }
  return out.sort((x, y) => x.start - y.start);
}
