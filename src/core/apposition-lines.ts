// "Maersk, the largest container line, said …", "Carnival, the cruise line,": a line is a
// company that runs ships, buses or trains where a carrier's word says so; "line" alone says
// nothing ("the front line", "the party line", "the line of succession"). Used by apposition.ts.

const LINE_TRADES = new Set(['container', 'shipping', 'cruise', 'ferry', 'freight', 'cargo', 'bus', 'coach', 'steamship', 'liner']);

/** Whether `noun`, after `before`, is a carrier's line ("container line"); apposition.ts asks it of
 *  the head alone, so "a bus line driver" stays a driver. */
export function lineOfTrade(noun: string, before: string): boolean {
  return (noun === 'line' || noun === 'lines') && LINE_TRADES.has(before);
}
