import { describe, expect, it } from 'vitest';
import { index, lexicon as places, nonNames } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { compileLexicon, findEntities } from './entities';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { PageAnnotation } from './types';

// Organisations' names as wire copy writes them; every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string, string][] =>
  findEntities(text, lexicon).map((m) => [m.text, m.type, m.canonical]);
const matcher = compileMatcher(buildMatcherPackage(index, places, nonNames));
const onPage = (text: string): [string, string, string | null][] =>
  annotateText(matcher, text)
    .filter((a: PageAnnotation) => a.quantity === undefined)
    .map((a) => [a.text, a.kind, a.canonical]);

describe('an institution named with two "of"s or "for … of"', () => {
  it('keeps "Organisation for the Prohibition of Chemical Weapons" one organisation', () => {
    expect(typed('Inspectors from the Organisation for the Prohibition of Chemical Weapons arrived on Monday.')).toEqual([
      ['Organisation for the Prohibition of Chemical Weapons', 'org', 'Organisation for the Prohibition of Chemical Weapons'],
    ]);
    expect(typed('The Office for the Coordination of Humanitarian Affairs said aid had stalled.')).toEqual([
      ['Office for the Coordination of Humanitarian Affairs', 'org', 'Office for the Coordination of Humanitarian Affairs'],
    ]);
  });

  it('folds the acronym the page gives in brackets into it', () => {
    const found = onPage('Inspectors from the Organisation for the Prohibition of Chemical Weapons (OPCW) arrived on Monday. The OPCW said its team would stay.');
    const long = 'Organisation for the Prohibition of Chemical Weapons';
    expect(found).toEqual([
      [long, 'org', long],
      ['OPCW', 'org', long],
      ['OPCW', 'org', long],
    ]);
  });

  it('does not run a title on into a place after a person ("Secretary of State … of Florida")', () => {
    expect(typed('Secretary of State Marco Rubio of Florida spoke.').map(([t]) => t)).toEqual(['Marco Rubio', 'Florida']);
    expect(typed('The Bank of England of old was stricter.').map(([t]) => t)).toEqual(['Bank of England']);
  });
});
