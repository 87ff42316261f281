// What a tariff is on: a tariff on steel and aluminium is not the one threatened on "goods
// from the European Union" at large, though both are "tariffs of 50%". Two tariffs are one
// measure only when what each is on may be the same; one that does not say may be either.

/** Marks what a figure's clause says goods are, in its measure word list; no text yields it. */
export const GOODS_MARK = 'goods:';

const KINDS = new Map<string, string>();
for (const [kind, words] of Object.entries({
  all: 'goods products exports imports',
  steel: 'steel',
  aluminium: 'aluminium aluminum',
  cars: 'car cars auto autos vehicle vehicles',
  spirits: 'spirits whisky whiskey wine wines',
  drugs: 'pharmaceutical pharmaceuticals drugs medicines',
  chips: 'chip chips semiconductor semiconductors',
  lumber: 'lumber timber',
  copper: 'copper',
})) {
  for (const w of words.split(' ')) KINDS.set(w, kind);
}

/** Goods marks for the goods `clause` names. */
export function goodsMarks(clause: string): string[] {
  const out = new Set<string>();
  for (const [w] of clause.toLowerCase().matchAll(/\p{L}+/gu)) {
    const kind = KINDS.get(w);
    if (kind !== undefined) out.add(`${GOODS_MARK}${kind}`);
  }
  return [...out];
}

/** Whether what two figures say goods are rules them apart: both say, and never the same. */
export function goodsConflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
