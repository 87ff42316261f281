// Lines of a page that are not running text: headlines (in headline case, so their
// capitals prove little) and datelines ("JENIN, West Bank —"). Split from entities.ts.

import { appositionNotDateline } from './dateline-appositions';
import type { Token } from './types';

const LINE = /[^\n\r\u2028\u2029]+/g;
const CAP = /^\p{Lu}/u;
const LINE_END_PUNCT = /[.!?]["”’']?\s*$/;
const SMALL_WORDS = new Set(
  'a an the of in on at to for and or but nor with by from as is are was be vs via over into after'.split(' '),
);
// A dateline opens a report: "JENIN, West Bank —", "WASHINGTON —", and with a wire's credit
// between the city and the dash, "SEATTLE (AP) —", "LONDON (Reuters) —": an acronym of four
// capitals at most or a capitalised word, not an all-caps flag ("BREAKING (UPDATED) —").
const DATELINE =
  /^[ \t]*(?:\p{Lu}[\p{Lu}.'’-]*[ \t]?)+(?=,|[ \t]*[—–-][ \t]|[ \t]*\((?:(?:\p{Lu}\.?){2,4}|\p{Lu}\p{Ll}[\p{Ll}.]{0,10})\)[ \t]*[—–-][ \t])/u;
const BYLINE = /^\s*(?:By|BY)\s+\p{Lu}/u;

/** Line ranges written in headline case: most words capitalised and no final full stop. */
export function headlineRanges(text: string, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let t = 0;
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const end = m.index + m[0].length;
    let content = 0;
    let capital = 0;
    let words = 0;
    let allCapital = true;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < end) {
      const word = tokens[t]?.text ?? '';
      t++;
      words++;
      if (!CAP.test(word)) allCapital = false;
      if (SMALL_WORDS.has(word.toLowerCase()) || !/\p{L}/u.test(word)) continue;
      content++;
      if (CAP.test(word)) capital++;
    }
    // Title Case ("Trump Says No Guarantees Gaza Ceasefire Will Hold") or a short subhead
    // with every word capitalised ("Pressure From Within").
    const headline =
      CAP.test(m[0].trimStart()) && ((content >= 3 && capital / content >= 0.75) || (words >= 2 && allCapital));
    // A byline ("By Jane Smith and Tom Jones") is capitalised names, not a headline.
    if (headline && !LINE_END_PUNCT.test(m[0]) && !BYLINE.test(m[0])) out.push([m.index, end]);
  }
  return out;
}

/** A lookup for increasing offsets, in one pass over the sorted ranges. */
export function rangeTest(ranges: [number, number][]): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < ranges.length && (ranges[i]?.[1] ?? 0) <= offset) i++;
    const r = ranges[i];
    return r !== undefined && r[0] <= offset;
  };
}

/** "NEW ORLEANS" → "New Orleans": the ordinary spelling of a dateline. */
export function ordinaryCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** Offsets where a dateline's capitals end, one per line that opens with one. */
export function datelineEnds(text: string): Set<number> {
  const out = new Set<number>();
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    const d = DATELINE.exec(m[0]);
    if (d && !appositionNotDateline(m[0], d[0].length)) out.add(m.index + d[0].trimEnd().length);
  }
  return out;
}
