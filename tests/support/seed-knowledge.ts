// The stored seed articles and the knowledge built from them, shared by the core's tests so
// each suite reads and indexes the same store the extension ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../../src/core/annotate';
import { buildKnowledge } from '../../src/core/knowledge';
import { buildMatcherPackage, compileMatcher } from '../../src/core/matcher';
import { demonyms, placeLexicon, placeVariants } from '../../src/core/places';
import type { CompiledMatcher } from '../../src/core/matcher';
import type { Article, PageAnnotation } from '../../src/core/types';

const DIR = join(import.meta.dirname, '..', '..', 'assets', 'articles');
export const seeds: Article[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Article);
export const lexicon = placeLexicon();
export const nonNames = demonyms();
export const index = buildKnowledge(seeds, { lexicon, nonNames });

let compiled: CompiledMatcher | null = null;
/** The page matcher built from the seeds, compiled once per test file. */
export function seedMatcher(): CompiledMatcher {
  return (compiled ??= compileMatcher(buildMatcherPackage(index, lexicon, nonNames, placeVariants())));
}

/** `page` annotated with the seeds' matcher, and a lookup of the annotation spanning the
 *  `nth` occurrence of `text` in it. */
export function annotatedPage(page: string): { found: PageAnnotation[]; at: (text: string, nth?: number) => PageAnnotation | undefined } {
  const found = annotateText(seedMatcher(), page);
  const at = (text: string, nth = 1): PageAnnotation | undefined => {
    let from = -1;
    for (let k = 0; k < nth; k++) from = page.indexOf(text, from + 1);
    return found.find((a) => a.start === from && a.end === from + text.length);
  };
  return { found, at };
}
