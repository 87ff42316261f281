// Missions named with a number after a hyphen: "the Crew-10 astronauts", "the Crew-11
// mission". Name discovery drops tokens with digits (scores, models, "Covid-19"), so these are
// found here, and only before a word that says a crew or a mission: an event, as the
// guidelines type a named mission.

import { piece, type Piece } from './name-pieces';

const MISSION = /(?<![\p{L}\d-])(\p{Lu}\p{Ll}+-\d{1,3})(?=[ \t\u00a0]+(?:astronauts|crew|crews|mission|missions|flight|cosmonauts)\b)/gu;

/** The pieces of every mission name in `text`, one piece each. */
export function missionPieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const m of text.matchAll(MISSION)) {
    const name = m[1] ?? '';
    out.push(piece(m.index, m.index + name.length, name, false, false, true, false));
  }
  return out;
}
