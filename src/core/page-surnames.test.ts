import { describe, expect, it } from 'vitest';
import { seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { demonyms, placeLexicon } from './places';

// The seeds store Steve Witkoff, so a lone "Witkoff" links to him unless the page says otherwise.
const lone = (text: string) => {
  const at = text.lastIndexOf('Witkoff');
  return annotateText(seedMatcher(), text).find((a) => a.start === at && a.end === at + 'Witkoff'.length);
};

describe('a surname on a page that names someone else of that name', () => {
  it('means the page’s own person, unlinked, when the stored one is never named in full', () => {
    const a = lone('Tom Witkoff said on Monday that his new hotel in Miami cost $40 million. Witkoff said it would open in May.');
    expect(a).toMatchObject({ kind: 'person', entityId: null, canonical: 'Tom Witkoff' });
  });
  it('still links to the stored person when the page names him in full too', () => {
    const a = lone('Steve Witkoff met his son Tom Witkoff in Miami on Monday. Witkoff then flew to Doha.');
    expect(a).toMatchObject({ entityId: 'person:steve-witkoff' });
  });
  it('still links a surname alone, with no other full name on the page', () => {
    expect(lone('The envoy arrived in Doha on Monday. Witkoff said talks would go on.')).toMatchObject({ entityId: 'person:steve-witkoff' });
  });
  it('keeps the stored person for a surname used before the other full name, or after an office title', () => {
    expect(lone('Witkoff flew to Doha on Monday, his brother Tom Witkoff said. Witkoff met Qatari officials.')).toMatchObject({ entityId: 'person:steve-witkoff' });
    expect(lone('Tom Witkoff said on Monday his brother would fly to Doha. Envoy Witkoff met Qatari officials.')).toMatchObject({ entityId: 'person:steve-witkoff' });
  });
  it('means the page’s own person after the office title the page gave her in full ("Sergeant Ann Witkoff … Sergeant Witkoff")', () => {
    const a = lone('Sergeant Ann Witkoff stopped the car near Miami on Monday. Sergeant Witkoff said the driver was unhurt.');
    expect(a).toMatchObject({ kind: 'person', entityId: null, canonical: 'Ann Witkoff' });
    expect(lone('Sergeant Ann Witkoff stopped the car near Miami on Monday. Envoy Witkoff said the driver was unhurt.')).toMatchObject({ entityId: 'person:steve-witkoff' });
  });
});

// A store of its own, written for this test, that spells its person with an accent.
const SANCHEZ_STORE = buildKnowledge(
  [
    {
      id: 'pm',
      title: 'Madrid talks',
      source: 'test',
      url: null,
      date: '2025-03-03',
      language: 'en',
      paragraphs: ['Prime Minister Pedro Sánchez met union leaders in Madrid on Monday. Sánchez said the talks went well.'],
    },
  ],
  { lexicon: placeLexicon(), nonNames: demonyms() },
);
const sanchezMatcher = compileMatcher(buildMatcherPackage(SANCHEZ_STORE, placeLexicon(), demonyms()));
const loneSanchez = (text: string, written = 'Sanchez') => {
  const at = text.lastIndexOf(written);
  return annotateText(sanchezMatcher, text).find((a) => a.start === at && a.end === at + written.length);
};

describe('a surname and the page’s full name written with and without accents', () => {
  it('means the page’s own person whichever way each is written', () => {
    const a = loneSanchez('Jorge Sánchez scored twice for the club on Sunday. Sanchez said the team would win the league.');
    expect(a).toMatchObject({ kind: 'person', entityId: null, canonical: 'Jorge Sánchez', text: 'Sanchez' });
    const b = loneSanchez('Jorge Sanchez scored twice on Sunday. Sánchez said the team would win.', 'Sánchez');
    expect(b).toMatchObject({ entityId: null, canonical: 'Jorge Sanchez', text: 'Sánchez' });
  });
  it('counts one person written both ways as one other full name', () => {
    const a = loneSanchez('Jorge Sanchez scored on Sunday. Jorge Sánchez said the team would win. Sanchez left early.');
    expect(a).toMatchObject({ entityId: null, canonical: 'Jorge Sanchez' });
  });
  it('keeps the stored person for a surname used, with its accent, before the other full name', () => {
    const a = loneSanchez('Sánchez flew to Rome on Monday, his cousin Jorge Sanchez said. Sanchez met the pope.');
    expect(a).toMatchObject({ entityId: 'person:pedro-sanchez' });
  });
});
