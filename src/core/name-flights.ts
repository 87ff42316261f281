// Flights are named by their airline: "American Eagle Flight 5342", "Southwest Airlines
// Flight 1380". The number names a service, none of the four types; the words before
// "Flight" are the airline's brand, demonym and all ("American Eagle" is no eagle of
// America), as "an American Eagle jet" is (name-trim.ts, airlineWithDemonym).

import type { Piece } from './name-pieces';

const FLIGHT = /^Flights?$/;

/** The airline of "<brand> Flight <number>", or null: the run's last word is "Flight" with a
 *  number right after it and plain capitalised words before it. "Flight 93" alone names no
 *  airline; "Flight Lieutenant", "the Flight School" have no number after them. */
export function airlineOfFlight(pieces: Piece[], numberAfter: (offset: number) => boolean): Piece[] | null {
  const last = pieces[pieces.length - 1];
  if (pieces.length < 2 || last === undefined || !FLIGHT.test(last.text) || !numberAfter(last.end)) return null;
  const brand = pieces.slice(0, -1);
  if (brand.some((p) => p.connector)) return null;
  return brand;
}
