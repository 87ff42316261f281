// When "on" stays in a body's name: "the Council on Foreign Relations", "the Subcommittee on
// Health", "the Intergovernmental Panel on Climate Change". One rule, with one set of heads
// (a body that deliberates or advises on a field, or the body of a convention on one: "the UN
// Framework Convention on Climate Change"), used by name-runs.ts in two places:
// - while a run grows (onBodyEnd): "on" and the plain capitalised words after it go on the run
//   whole, where those words end it ("the Council on Monday", "the Commission on Apple's fine"
//   stay apart). A place after "in" goes on too only where the writer's acronym right after
//   spells the whole name out ("the Committee on Foreign Investment in the United States, or
//   CFIUS"); without it "the Council on Foreign Relations in New York" is a body and a city.
// - as a connector (committeeOn): "on" (and "the") joins before a field no lexicon knows
//   ("the Senate Committee on the Judiciary", "the Committee on Ways and Means").
import { CALENDAR, CALENDAR_ABBREVIATIONS } from './calendar-words';
import { PLAIN_WORD, type Piece, type PieceInput, SPACED_GAP } from './name-pieces';
import type { Token } from './types';

/** The heads "on" may follow in a body's name. */
const ON_HEADS = new Set(['Committee', 'Subcommittee', 'Caucus', 'Commission', 'Council', 'Panel', 'Conference', 'Board', 'Forum', 'Convention']);
const MAX_FIELDS = 4;
// Where or when a body meets, not its field: "the Convention on Capitol Hill", "the National
// Convention on Labor Day", "the Council on Main Street".
const NO_FIELD_ENDS = new Set(['Day', 'Eve', 'Street', 'Avenue', 'Road', 'Boulevard', 'Lane', 'Square', 'Hill', 'Broadway']);
const MAX_PLACE = 3;
const CAP = /^\p{Lu}/u;
// ", or CFIUS", " (CFIUS)": the writer's short form right after the name.
const SHORT_AFTER = /^(?:,[ \t\u00a0]+or[ \t\u00a0]+|[ \t\u00a0]+\()(\p{Lu}{2,7})\b/u;

export interface OnBodyInput {
  isPlace?: (name: string) => boolean;
}

const field = (t: Token | undefined): boolean =>
  t !== undefined && PLAIN_WORD.test(t.text) && !CALENDAR.has(t.text) && !CALENDAR_ABBREVIATIONS.has(t.text);

/** The index of the last token of a body's name when the "on" at `index` goes on the run
 *  `current` ends with a body's head; -1 when it does not. */
export function onBodyEnd(current: Piece[], tokens: Token[], index: number, text: string, input: OnBodyInput): number {
  const head = current[current.length - 1];
  if (head === undefined || head.connector || head.closes || head.softClose || !ON_HEADS.has(head.text)) return -1;
  const spaced = (j: number): boolean => SPACED_GAP.test(text.slice(tokens[j - 1]?.end ?? 0, tokens[j]?.start ?? 0));
  if (tokens[index]?.text !== 'on' || !spaced(index)) return -1;
  let j = index + 1;
  while (field(tokens[j]) && spaced(j) && j - index <= MAX_FIELDS) j++;
  const end = j - 1;
  // The fields end the run: no capitalised word, possessive or field listed with "and" or a
  // comma may follow ("the Committee on Ways and Means" is committeeOn's, below).
  const next = tokens[j]?.text ?? '';
  const listed =
    (next === 'and' && CAP.test(tokens[j + 1]?.text ?? '')) ||
    (text.slice(tokens[end]!.end, tokens[j]?.start ?? 0).startsWith(',') && CAP.test(next));
  if (end === index || listed || NO_FIELD_ENDS.has(tokens[end]!.text) || (spaced(j) && CAP.test(next)) || /^['’]/.test(text.slice(tokens[end]!.end))) return -1;
  return placeTail(current, tokens, index, j, text, input) ?? end;
}

/** "in the United States, or CFIUS": the index of the place's last token where the short form
 *  after it is the initials of every capitalised word from the head's run on; else null. */
function placeTail(current: Piece[], tokens: Token[], on: number, j: number, text: string, input: OnBodyInput): number | null {
  if (tokens[j]?.text !== 'in' || input.isPlace === undefined) return null;
  const first = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
  for (let last = first; last < first + MAX_PLACE && CAP.test(tokens[last]?.text ?? ''); last++) {
    const end = tokens[last]!.end;
    if (!input.isPlace(text.slice(tokens[first]!.start, end))) continue;
    const short = SHORT_AFTER.exec(text.slice(end, end + 14))?.[1];
    const words = [...current.map((p) => p.text).filter((w) => w !== 'The'), ...tokens.slice(on, last + 1).map((t) => t.text)];
    const initials = words.filter((w) => CAP.test(w)).map((w) => w[0]).join('');
    return short === initials ? last : null;
  }
  return null;
}

const POSSESSIVE_END = /^['’]/;
const OWNER = /['’]s?$/;

/** Whether the "on" at `index`, after `head`, goes on naming the body as a connector: "the
 *  Subcommittee on Health", "the Senate Committee on the Judiciary". Its field is a capitalised
 *  word no lexicon knows, not a day ("the Commission on Tuesday") and not an owner ("the
 *  Commission on Apple's fine"); a known name after it is what the body acted on ("the Council
 *  on Germany"). */
export function committeeOn(head: string, tokens: Token[], index: number, text: string, input: PieceInput): boolean {
  if (!ON_HEADS.has(head)) return false;
  let j = index + 1;
  if (tokens[j]?.text === 'the' && SPACED_GAP.test(text.slice(tokens[index]!.end, tokens[j]!.start))) j++;
  const field = tokens[j];
  const before = tokens[j - 1];
  if (!field || !before || !SPACED_GAP.test(text.slice(before.end, field.start))) return false;
  if (!CAP.test(field.text) || CALENDAR.has(field.text) || input.isName(field.text)) return false;
  let last = j;
  while (CAP.test(tokens[last + 1]?.text ?? '') && SPACED_GAP.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  if (NO_FIELD_ENDS.has(tokens[last]!.text)) return false;
  return !OWNER.test(field.text) && !POSSESSIVE_END.test(text.slice(field.end, field.end + 1));
}
