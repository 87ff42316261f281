// The lexicon name discovery consults: known names with their types, words that are never
// names, and the written variants of known names, all indexed by aliasKey. Split from
// entities.ts, which finds the names; the lexicon is built once per store or page.

import { aliasKey, linkKey } from './alias-key';
import type { EntityType } from './types';

export interface Lexicon {
  names: Map<string, EntityType>;
  nonNames: Set<string>;
  /** Written form (aliasKey) → canonical name, where the data knows it ("USA" → "United
   *  States", from places.ts placeVariants); used by groupAliases. */
  variants?: Map<string, string>;
  /** Last words of the lexicon's multi-word person names, so a lone "Witkoff" on a page is
   *  typed like the stored "Steve Witkoff". Filled by compileLexicon. */
  surnames?: Set<string>;
  /** Names that came from packed entries (cities and regions): weaker evidence than a
   *  country or a stored name, so a clear cue ("Brighton remain ninth") may override them. */
  minor?: Set<string>;
  /** Names the stored articles show to be products ("Black Hawk" of "a U.S. Army Black Hawk
   *  helicopter"), so a page's lone mention of one is no name either. */
  products?: Set<string>;
}

/** Joins many names of one type into one lexicon entry ("Austin|Texas|…"): names never
 *  contain it, and a consumer that does not split simply never matches the entry. */
export const PACKED_SEPARATOR = '|';

/** Index names and non-names by aliasKey, so "U.S." finds "US"; single names by linkKey too,
 *  accents aside, so a text's "Zurich" is a stored "Zürich". The packed cities and regions
 *  keep their accents: there "Falcón" and "León" are places, while "Falcon" and "Leon" are
 *  rockets and people. First type given wins; packed entries come after every single one, so
 *  a stored name's type wins over a city's. */
export function compileLexicon(
  lexicon: readonly (readonly [string, EntityType])[],
  nonNames: readonly string[],
  variants: readonly (readonly [alias: string, canonical: string])[] = [],
): Lexicon {
  const names = new Map<string, EntityType>();
  const surnames = new Set<string>();
  const minor = new Set<string>();
  const packed: [string, EntityType][] = [];
  for (const [name, type] of lexicon) {
    if (name.includes(PACKED_SEPARATOR)) {
      packed.push([name, type]);
      continue;
    }
    const key = aliasKey(name);
    const link = linkKey(name);
    if (link !== '' && !names.has(link)) names.set(link, type);
    const words = key.split(' ');
    if (type === 'person' && words.length > 1) surnames.add(words[words.length - 1] ?? '');
  }
  for (const [list, type] of packed) {
    for (const name of list.split(PACKED_SEPARATOR)) {
      const key = aliasKey(name);
      if (key === '' || names.has(key)) continue;
      names.set(key, type);
      minor.add(key);
    }
  }
  const variantMap = new Map<string, string>();
  for (const [alias, canonical] of variants) variantMap.set(aliasKey(alias), canonical);
  return { names, nonNames: new Set(nonNames.map(aliasKey)), variants: variantMap, surnames, minor };
}
