// The world's common currencies, by ISO code: the words written after a number ("500
// million zloty", "300 rupees") and the signs and codes written before it ("¥500", "CHF
// 200"). A name several countries share is read as its most traded one ("dollars" USD,
// "pesos" MXN, "krone" NOK); words that are also common English ("won", "real", "mark",
// "dong") and codes that are words in capitals ("TRY", "RON") are left out. The other
// dollars' signs ("A$", "C$", "HK$", "NT$") name their own currency, not the US dollar.

interface Currency {
  /** Lower-case words after the number, singular and plural. */
  words?: string;
  /** Signs written before the number, besides the code itself. */
  signs?: string;
  /** Whether the upper-case code is written before the number ("CHF 200"). */
  codeBefore?: boolean;
  /** The country's names, adjectives and codes written before a currency word ("Hong Kong",
   *  "UK"), '|' between them, and that word's singular ('|' between its spellings): the words
   *  alone may be another country's ("dollars" are USD), so only the two together pick this
   *  currency. */
  country?: [names: string, word: string];
}

const CURRENCIES: Record<string, Currency> = {
  USD: { words: 'dollar dollars', signs: '$ US$', codeBefore: true, country: ['US|U.S.|American', 'dollar'] },
  EUR: { words: 'euro euros', signs: '€', codeBefore: true },
  GBP: { words: 'pound pounds', signs: '£', codeBefore: true, country: ['UK|U.K.|GB|British', 'pound'] },
  ILS: { words: 'shekel shekels sheqel sheqels nis', signs: '₪ NIS', codeBefore: true },
  JPY: { words: 'yen', signs: '¥', codeBefore: true },
  CNY: { words: 'yuan renminbi', signs: 'RMB', codeBefore: true },
  INR: { words: 'rupee rupees', signs: '₹', codeBefore: true },
  RUB: { words: 'rouble roubles ruble rubles', signs: '₽', codeBefore: true },
  KRW: { signs: '₩', codeBefore: true },
  TRY: { words: 'lira liras lire', signs: '₺' },
  PLN: { words: 'zloty zlotys złoty złote złotych', codeBefore: true },
  CHF: { words: 'franc francs', codeBefore: true, country: ['Swiss|CH', 'franc'] },
  SEK: { words: 'krona kronor', codeBefore: true, country: ['Swedish|Sweden', 'krona|kronor'] },
  NOK: { words: 'krone kroner', codeBefore: true, country: ['Norwegian|Norway', 'krone|kroner'] },
  // Iceland's plural is "krónur"; "Icelandic krona" is its own, not the Swedish word.
  ISK: { words: 'króna krónur kronur', codeBefore: true, country: ['Icelandic|Iceland', 'krona|króna|krónur|kronur'] },
  DKK: { codeBefore: true, country: ['Danish|Denmark', 'krone|kroner'] },
  CZK: { words: 'koruna korunas koruny', codeBefore: true },
  HUF: { words: 'forint forints', codeBefore: true },
  RON: { words: 'leu lei' },
  BGN: { words: 'lev leva' },
  UAH: { words: 'hryvnia hryvnias hryvnya', signs: '₴', codeBefore: true },
  BRL: { words: 'reais', codeBefore: true },
  MXN: { words: 'peso pesos', codeBefore: true },
  ZAR: { words: 'rand rands', codeBefore: true },
  NGN: { words: 'naira', signs: '₦', codeBefore: true },
  KES: { words: 'shilling shillings', codeBefore: true },
  SAR: { words: 'riyal riyals', codeBefore: true },
  AED: { words: 'dirham dirhams', codeBefore: true },
  IRR: { words: 'rial rials' },
  THB: { words: 'baht', signs: '฿', codeBefore: true },
  IDR: { words: 'rupiah', codeBefore: true },
  MYR: { words: 'ringgit', codeBefore: true },
  BDT: { words: 'taka' },
  KZT: { words: 'tenge', signs: '₸' },
  CAD: { signs: 'C$ CA$', codeBefore: true, country: ['Canadian|CA', 'dollar'] },
  AUD: { signs: 'A$ AU$', codeBefore: true, country: ['Australian|AU', 'dollar'] },
  NZD: { signs: 'NZ$', codeBefore: true, country: ['New Zealand|NZ', 'dollar'] },
  HKD: { signs: 'HK$', codeBefore: true, country: ['Hong Kong|HK', 'dollar'] },
  SGD: { signs: 'S$', codeBefore: true, country: ['Singapore|Singaporean|SG', 'dollar'] },
  TWD: { signs: 'NT$', codeBefore: true, country: ['Taiwan|Taiwanese|New Taiwan', 'dollar'] },
};

/** Currency signs and codes written before the number → ISO code. */
export const CURRENCY_PREFIX = new Map<string, string>();
/** Currency words (lower-case) and codes written after the number → ISO code. */
export const CURRENCY_WORD = new Map<string, string>();

for (const [code, c] of Object.entries(CURRENCIES)) {
  for (const sign of (c.signs ?? '').split(' ').filter(Boolean)) CURRENCY_PREFIX.set(sign, code);
  if (c.codeBefore) CURRENCY_PREFIX.set(code, code);
  for (const word of (c.words ?? '').split(' ').filter(Boolean)) CURRENCY_WORD.set(word, code);
  CURRENCY_WORD.set(code.toLowerCase(), code);
}
CURRENCY_PREFIX.set('US $', 'USD');

const countryKey = (country: string, word: string): string =>
  `${country.replaceAll('.', '').trim().replace(/\s+/g, ' ').toLowerCase()} ${word.toLowerCase().replace(/s$/, '')}`;
const BY_COUNTRY = new Map(
  Object.entries(CURRENCIES).flatMap(([code, c]) =>
    c.country ? c.country[0].split('|').flatMap((n) => (c.country?.[1] ?? '').split('|').map((w) => [countryKey(n, w), code] as const)) : [],
  ),
);

/** The currency a country's name, adjective or code names with a currency word ("Hong
 *  Kong" "dollars" → HKD, "UK" "pounds" → GBP); null for a pair the list does not know. */
export function currencyOfCountry(country: string, word: string): string | null {
  return BY_COUNTRY.get(countryKey(country, word)) ?? null;
}

const escape = (s: string): string => s.replace(/[$]/g, '\\$');
const longestFirst = (a: string, b: string): number => b.length - a.length;

/** The signs and codes of CURRENCY_PREFIX as a regex alternation ("US$" before "$"). */
export const PREFIX_PATTERN = [...CURRENCY_PREFIX.keys()].filter((k) => k !== 'US $').sort(longestFirst).map(escape).join('|');
/** Words after the number, lower-case, and codes, upper-case, as a regex alternation. */
export const WORD_PATTERN = Object.entries(CURRENCIES)
  .flatMap(([code, c]) => [code, ...(c.words ?? '').split(' ').filter(Boolean)])
  .sort(longestFirst)
  .join('|');
/** The signs that are single characters outside ASCII letters and digits ("€", "¥"). */
export const SIGN_CHARS = [...CURRENCY_PREFIX.keys()].filter((k) => k.length === 1).join('');
