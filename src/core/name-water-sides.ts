// "the banks of the Seine", "the quays of the Thames", "the mouth of the Mersey": the side,
// shore or mouth of a named thing is a river's, a lake's or a sea's, a place, where a lone
// unknown word would default to a body. A bank needs its side or the plural ("the central
// bank of the …" is a lender's), and nothing else may stand between the noun and the name.

const WATER_SIDE_BEFORE =
  /\b(?:(?:left|right|north|south|east|west|northern|southern|eastern|western|far|opposite|other)[ \t\u00a0]+bank|banks|quays?|embankments?|shores?|mouth|estuary|delta)[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+$/iu;

/** Whether the text before a name ends in a water's side, shore or mouth and "of the". */
export function waterSideBefore(before: string): boolean {
  return WATER_SIDE_BEFORE.test(before);
}
