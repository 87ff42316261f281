// "the Church of Jesus Christ of Latter-day Saints", "the Seventh-day Adventist Church": a
// faith's "Latter-day" or "Seventh-day" is one word of the name, lower-case tail and all,
// where elsewhere a lower-case tail is a suffix that ends the name ("Hamas-run", "Gaza-bound"
// in name-pieces.ts). Only a "-day" after "Latter" or an ordinal, as these names write it:
// "Present-day Ukraine", "Modern-day Europe" are a time before a place, and stay cut.

const DAY_COMPOUND = /^(?:Latter|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth)[-‑]day$/u;

/** Whether a hyphenated word is a faith's "Latter-day" or "Seventh-day", one word of a name. */
export function dayCompound(word: string): boolean {
  return DAY_COMPOUND.test(word);
}
