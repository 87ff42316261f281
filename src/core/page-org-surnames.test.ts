import { describe, expect, it } from 'vitest';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { foldOrgSurnames } from './page-org-surnames';
import { demonyms, placeLexicon } from './places';
import type { Article, PageAnnotation } from './types';

// Every sentence is written for this test.
const lexicon = placeLexicon();
const nonNames = demonyms();
const stored: Article = {
  id: 's',
  title: 'Sentence',
  source: 'test wire',
  url: null,
  date: '2024-03-28',
  language: 'en',
  paragraphs: ['U.S. District Judge Lewis Kaplan sentenced the founder to 25 years. Kaplan said the fraud was vast.'],
};
const matcher = compileMatcher(buildMatcherPackage(buildKnowledge([stored], { lexicon, nonNames }), lexicon, nonNames));
const links = (page: string): [string, string, string | null][] =>
  annotateText(matcher, page)
    .filter((a) => a.kind === 'person' || a.kind === 'org')
    .map((a) => [a.text, a.kind, a.entityId]);

describe('a stored person’s surname that opens the page’s organisation', () => {
  it('is the organisation’s short form after its full name ("Kaplan International … Kaplan")', () => {
    expect(links('Kaplan International said enrolment rose at its schools. Kaplan added that fees would rise.')).toEqual([
      ['Kaplan International', 'org', null],
      ['Kaplan', 'org', null],
    ]);
  });

  it('stays the stored person with a title, before the organisation, or where the page names the person in full', () => {
    expect(links('Kaplan International said enrolment rose. Judge Kaplan was not involved.').at(-1)).toEqual(['Kaplan', 'person', 'person:lewis-kaplan']);
    expect(links('Kaplan said the fraud was vast. Kaplan International is a school chain.')[0]).toEqual(['Kaplan', 'person', 'person:lewis-kaplan']);
    expect(links('Lewis Kaplan sentenced him. Kaplan International said enrolment rose. Kaplan spoke.').at(-1)).toEqual([
      'Kaplan',
      'person',
      'person:lewis-kaplan',
    ]);
  });

  it('stays the stored person with an age or a person’s pronoun after it ("Kaplan, 62,", "Kaplan said he")', () => {
    expect(links('The Kaplan Foundation funds schools. Kaplan, 79, said the fraud was vast.').at(-1)).toEqual(['Kaplan', 'person', 'person:lewis-kaplan']);
    expect(links('The Kaplan Foundation funds schools. Kaplan said he was hopeful.').at(-1)).toEqual(['Kaplan', 'person', 'person:lewis-kaplan']);
    expect(links('Kaplan International said enrolment rose. Kaplan said it would hire.').at(-1)).toEqual(['Kaplan', 'org', null]);
  });

  it('stays the person where two organisations open with the word', () => {
    const ann = (text: string, start: number, kind: PageAnnotation['kind'], entityId: string | null): PageAnnotation =>
      ({ text, start, end: start + text.length, kind, entityId, canonical: text });
    const found = [ann('Kaplan International', 0, 'org', null), ann('Kaplan Group', 30, 'org', null), ann('Kaplan', 60, 'person', 'person:lewis-kaplan')];
    foldOrgSurnames(found, ' '.repeat(70));
    expect(found[2]).toMatchObject({ kind: 'person', entityId: 'person:lewis-kaplan' });
  });
});

describe('a capitalised word before the surname', () => {
  it('is a title only on the surname’s line: a heading’s last word before it is none', () => {
    const ann = (text: string, start: number, kind: PageAnnotation['kind'], entityId: string | null): PageAnnotation =>
      ({ text, start, end: start + text.length, kind, entityId, canonical: text });
    const fold = (text: string): PageAnnotation | undefined => {
      const found = [ann('Kaplan International', 0, 'org', null), ann('Kaplan', text.lastIndexOf('Kaplan'), 'person', 'person:lewis-kaplan')];
      foldOrgSurnames(found, text);
      return found[1];
    };
    expect(fold('Kaplan International said enrolment rose. Judge Kaplan spoke.')).toMatchObject({ kind: 'person' });
    expect(fold('Kaplan International said enrolment rose. Schools\nKaplan added that fees would rise.')).toMatchObject({ kind: 'org' });
  });
});
