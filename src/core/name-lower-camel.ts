// "easyJet", "eBay", "iRobot": a coined name may open in lower case, with a capital inside
// and more small letters after it. Units and technical words have no word after their
// capital ("kWh", "mAh", "mSv", "pH", "kPa") or go on in capitals ("mRNA", "siRNA"), so two
// small letters after the capital and a short prefix tell the name apart. Its first letter
// proves as little as a sentence opener's capital, and the same spelling names products
// ("iPhone") and common nouns ("eBikes"), so the word stands alone (it joins no capitalised
// neighbour: "the iPhone Air" is a model, product-names.ts) and, like an opener, needs
// evidence (name-openers.ts: "easyJet said", "Ryanair and easyJet"). name-camel.ts types it.

const LOWER_CAMEL = /^\p{Ll}{1,4}\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?$/u;

/** Whether a word is a name written with a lower-case start and a capital inside. */
export function isLowerCamelName(word: string): boolean {
  return LOWER_CAMEL.test(word);
}
