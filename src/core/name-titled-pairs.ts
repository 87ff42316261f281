// "Gen. Hill and Maj. Park said": two titled names joined by "and" in one capitalised run
// are two people. Read as one run, the title's rest ("Hill and Maj. Park") has a place's head
// word ("Park"), so the title was not taken off and both came out as one place each.

import { TITLE_HEADS } from './entity-cues';
import type { Piece } from './name-pieces';

const isTitle = (p: Piece | undefined): boolean => p !== undefined && TITLE_HEADS.has(p.text);

/** The two sides of "Title X and Title Y" (each keeps its title, for trimRun to read), or
 *  null where the run is not such a pair. */
export function titledPair(run: Piece[]): [Piece[], Piece[]] | null {
  if (!isTitle(run[0])) return null;
  const and = run.findIndex((p, i) => i > 1 && p.text === 'and');
  if (and < 0 || !isTitle(run[and + 1]) || and + 2 >= run.length) return null;
  // Each side is a title and a name, never a title alone ("Secretary of State and Defense").
  if (run.slice(1, and).some((p) => p.connector) || isTitle(run[and - 1])) return null;
  return [run.slice(0, and), run.slice(and + 1)];
}
