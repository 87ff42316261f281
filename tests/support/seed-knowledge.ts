// The stored seed articles and the knowledge built from them, shared by the core's tests so
// each suite reads and indexes the same store the extension ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildKnowledge } from '../../src/core/knowledge';
import { demonyms, placeLexicon } from '../../src/core/places';
import type { Article } from '../../src/core/types';

const DIR = join(import.meta.dirname, '..', '..', 'assets', 'articles');
export const seeds: Article[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Article);
export const lexicon = placeLexicon();
export const nonNames = demonyms();
export const index = buildKnowledge(seeds, { lexicon, nonNames });
