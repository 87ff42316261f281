// "the battleship Missouri", "the cruiser Chicago": a ship is often named for a state or a city,
// and right after its kind's noun the name is the ship's, a craft of no type (product-vessels.ts
// reads names nobody knows so; a known name is never a product there, so a page's other
// mentions of the state stay places). Only that one mention is left out, and only a state or a
// city, and only before punctuation, a preposition or a ship's own verb: a place after a
// vessel's noun may be the subject of a clause ("the tanker Iran seized", "Texas seized").

import { INLINE_SPACE as S } from './inline-space';

const VESSEL_BEFORE = new RegExp(
  String.raw`\b(?:aircraft${S}carrier|battleship|cruiser|destroyer|frigate|warship|submarine|icebreaker|tanker|freighter|ferry)${S}$`,
  'u',
);
// After the ship's name: punctuation, a preposition, "was"/"is", or the end.
const NAME_ENDS = new RegExp(String.raw`^(?:$|\n|[,.;:!?)”"’']|${S}(?:in|at|off|on|to|from|of|near|into|was|is|and|which|that|sank|docked|sailed)\b)`, 'u');

/** Whether a run at [start, end) names a ship after its kind's noun, a state or a city by name. */
export function vesselOfKnownPlace(text: string, start: number, end: number, name: string, isMinorPlace: (name: string) => boolean): boolean {
  return isMinorPlace(name) && VESSEL_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && NAME_ENDS.test(text.slice(end, end + 12));
}
