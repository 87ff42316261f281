// "Vistra, one of the largest power producers in Texas, said …": a producer of a commodity is
// a company where the commodity's word says so; "producer" alone is a person's role as often
// ("Smith, a film producer", "the show's executive producer"). Used by apposition.ts.

const PRODUCED = new Set(['power', 'electricity', 'energy', 'oil', 'gas', 'crude', 'steel', 'aluminium', 'aluminum', 'copper', 'iron', 'coal', 'cement', 'chip', 'semiconductor', 'meat', 'poultry', 'pork', 'dairy', 'fertilizer', 'fertiliser', 'ore', 'lithium', 'nickel', 'uranium', 'zinc', 'potash']);

/** Whether `noun`, after `before`, is a company producing a commodity ("power producer"). */
export function producerOfTrade(noun: string, before: string): boolean {
  return (noun === 'producer' || noun === 'producers') && PRODUCED.has(before);
}
