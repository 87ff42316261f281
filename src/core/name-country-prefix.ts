// A country's short form before an organisation's name: the name is the organisation's.

import { aliasKey } from './alias-key';
import { ORG_HEADS } from './entity-cues';
import { headWord } from './name-form';
import type { EntityType } from './types';

const COUNTRY_CODE = /^\p{Lu}{2,3}$/u;

/** "US Federal Reserve", "U.K. Foreign Office", "US Department of Justice": a country's
 *  short form before an organisation's own name of two words or more, told by its head word
 *  (the last, or the one before "of"/"for"). The name is the rest ("Department of Justice"),
 *  so it is one entity with the unprefixed mentions; the span keeps the prefix. */
export function countryPrefixed(words: string[], lexType: (name: string) => EntityType | undefined): boolean {
  const prefix = aliasKey(words[0] ?? '');
  return (
    words.length >= 3 && COUNTRY_CODE.test(prefix) && lexType(prefix) === 'place' && ORG_HEADS.has(headWord(words.slice(1)))
  );
}
