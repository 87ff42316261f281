// A work's title has none of the four types, as a product has none (docs/annotation-guidelines.md):
// "Ransom Day, the second film from the director Priya Anand". Its words may look like an
// event's ("Day") or a person's, so the page's own apposition tells: right after the title, "the"
// (with up to three modifiers, no preposition: "the director of the film" is a person's) and a
// noun for a work. Used by entities.ts, which then marks
// none of the title's runs.

import type { Piece } from './name-pieces';
import { WORK_NOUNS } from './work-nouns';

const WORK_AFTER = new RegExp(
  String.raw`^,[ \t\u00a0]+(?:the|a|an|his|her|their)(?:[ \t\u00a0]+(?!(?:of|the|a|an|in|on|at|for|by|from|with|and|or|to)\b)[\p{Ll}\p{N}-]+){0,3}?[ \t\u00a0]+(?:${WORK_NOUNS})\b`,
  'u',
);

/** The titles of works among `runs` ("Ransom Day"), as written. */
export function workTitles(text: string, runs: Piece[][]): Set<string> {
  const out = new Set<string>();
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last || !WORK_AFTER.test(text.slice(last.end, last.end + 80))) continue;
    out.add(text.slice(first.start, last.end));
  }
  return out;
}
