// "3.0 litre engines", "3 gigahertz", "100 megahertz": units of measure whose singular follows
// any number, as "hertz" does. Read as other lower-case singulars, they were modifiers of the
// plural after them ("3.0" counted engines) or no unit at all (a bare 3), so a size set
// nothing against the stored "3.0-litre engines" and a clock speed judged as a bare count.

/** Singular measure units, lower-case, in both spellings where English has two. */
export const MEASURE_WORDS: readonly string[] = (
  'litre liter millilitre milliliter kilohertz megahertz gigahertz terahertz'
).split(' ');
