// "Texas A&M University at Galveston", "the University of Texas at Austin": a university's
// campus, named by "at" and its town, is part of the university's name. Used by name-runs.ts
// while a run grows. The town must be a place the lexicon knows, written with nothing of
// its own after it ("at Galveston's port" is where, not which campus). The town is one or two
// plain capitalised words, a known place or a word the lexicon knows as nothing else: "at
// Yale University at Christmas", "at Columbia University at Noon" (calendar words) and "at
// Harvard University at Microsoft" (a known body) stay apart. No venue and no state is a
// campus's town: "Ohio State University at Michigan Stadium", "the University of Kansas at
// Allen Fieldhouse", "Boise State University at Wyoming" are a game's venue or opponent, as
// sports pages write a fixture ("at College Park", "at Ann Arbor" are towns).
import { CALENDAR } from './calendar-words';
import { rivalAfterAt } from './name-campus-rivals';
import { PLAIN_WORD, type Piece } from './name-pieces';
import { isStateName } from './state-abbreviations';
import type { Token } from './types';

const CAMPUS_HEADS = new Set(['University']);
const SPACES = /^[ \t\u00a0]+$/;
const CAP = /^\p{Lu}/u;
const MAX_TOWN = 2;
// Last words of a sports venue's name ("Park" is left out: "College Park" is a town).
const VENUE_HEADS = new Set(['Stadium', 'Bowl', 'Fieldhouse', 'Arena', 'Field', 'Center', 'Centre', 'Coliseum', 'Dome', 'Garden', 'Gardens', 'Pavilion', 'Hall', 'Court', 'Gym', 'Gymnasium', 'Ballpark', 'Speedway']);
// Times the calendar list leaves out: "at Noon", "at Thanksgiving".
const TIME_WORDS = new Set(['Noon', 'Midnight', 'Dawn', 'Dusk', 'Thanksgiving', 'Halloween', 'Commencement', 'Graduation']);

export interface CampusInput {
  isName: (name: string) => boolean;
  isNonName: (name: string) => boolean;
  isPlace?: (name: string) => boolean;
}

const timeWord = (w: string): boolean => CALENDAR.has(w) || TIME_WORDS.has(w);

/** The index of the town's last token when the "at" at `index` names the campus of the
 *  university `current` names; -1 when it does not. */
export function campusEnd(current: Piece[], tokens: Token[], index: number, text: string, input: CampusInput): number {
  const last = current[current.length - 1];
  const words = current[0]?.text === 'The' ? current.slice(1) : current;
  // "Texas A&M University" or "University of Texas": the head ends the run or opens its "of".
  const named = CAMPUS_HEADS.has(last?.text ?? '') || (CAMPUS_HEADS.has(words[0]?.text ?? '') && words[1]?.text === 'of');
  if (last === undefined || words.length < 2 || last.connector || last.closes || !named) return -1;
  const spaced = (j: number): boolean => SPACES.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0));
  if (tokens[index]?.text !== 'at' || !spaced(index) || input.isPlace === undefined) return -1;
  let found = -1;
  for (let end = index + 1; end <= index + MAX_TOWN && PLAIN_WORD.test(tokens[end]?.text ?? '') && spaced(end); end++) {
    const town = tokens.slice(index + 1, end + 1).map((t) => t.text);
    const name = town.join(' ');
    if (isStateName(name) || VENUE_HEADS.has(town[town.length - 1] ?? '')) continue;
    if (input.isPlace(name) || (!input.isName(name) && !town.some((w) => input.isNonName(w) || timeWord(w)) && !rivalAfterAt(name, text, tokens[end]!.end))) found = end;
  }
  if (found < 0) return -1;
  const after = text.slice(tokens[found]!.end, tokens[found]!.end + 3);
  const next = tokens[found + 1];
  // "at Galveston's port", "at Austin Community College": the town owns or opens what follows.
  if (/^['’]/.test(after) || (next !== undefined && spaced(found + 1) && CAP.test(next.text))) return -1;
  return found;
}
