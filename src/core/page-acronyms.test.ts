import { describe, expect, it } from 'vitest';
import { annotatedPage } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';
import { buildKnowledge } from './knowledge';
import { buildMatcherPackage, compileMatcher } from './matcher';
import { foldTerms } from './page-summary';
import { demonyms, placeLexicon } from './places';

// Written for this test: organisations the seeds never name, spelled out once on the page.
const PAGE = [
  'VIENNA — Inspectors from the International Atomic Energy Agency (IAEA) returned to the Natanz site on Monday, officials said.',
  'IAEA chief Rafael Grossi said the visit went well. Fighters of the Syrian Democratic Forces (SDF) held the city, and SDF leaders met envoys.',
  'Ana Perez, a lawyer in Madrid, said the talks would resume. AP reported the meeting first.',
].join('\n\n');
const { found, at } = annotatedPage(PAGE);

describe('acronyms spelled out on the page', () => {
  it('name an acronym by the long name it abbreviates, in brackets or later by initials', () => {
    expect(at('IAEA')).toMatchObject({ kind: 'org', entityId: null, canonical: 'International Atomic Energy Agency' });
    expect(at('IAEA', 2)).toMatchObject({ kind: 'org', canonical: 'International Atomic Energy Agency' });
    expect(at('SDF')).toMatchObject({ canonical: 'Syrian Democratic Forces' });
    expect(at('SDF', 2)).toMatchObject({ canonical: 'Syrian Democratic Forces' });
  });

  it("leave an acronym that matches only a person's initials alone", () => {
    expect(at('AP')?.canonical).toBe('AP');
  });

  it('fold into one term of the popup list', () => {
    const terms = foldTerms(found).filter((t) => t.name === 'International Atomic Energy Agency');
    expect(terms).toHaveLength(1);
    expect(terms[0]?.count).toBe(3);
  });
});

// A store of its own, written for this test, whose acronyms a page may use for other names.
const SPACE_STORE = buildKnowledge(
  [
    {
      id: 'a1',
      title: 'Rocket launch',
      source: 'test',
      url: null,
      date: '2025-03-06',
      language: 'en',
      paragraphs: [
        'The European Space Agency (ESA) launched a supply craft to the International Space Station (ISS) on Thursday.',
        'ESA said the craft would dock with the ISS on Saturday.',
      ],
    },
  ],
  { lexicon: placeLexicon(), nonNames: demonyms() },
);
const spaceMatcher = compileMatcher(buildMatcherPackage(SPACE_STORE, placeLexicon(), demonyms()));
const annotateSpace = (page: string, text: string) => {
  const at = page.indexOf(text);
  return annotateText(spaceMatcher, page).find((a) => a.start === at && a.end === at + text.length);
};

describe('a stored acronym that the page spells out as another name', () => {
  it('is that name, unlinked ("ISS" after "Institutional Shareholder Services")', () => {
    const page = 'Institutional Shareholder Services urged investors to vote no. ISS said the award was too large.';
    expect(annotateSpace(page, 'ISS')).toMatchObject({ kind: 'org', entityId: null, canonical: 'Institutional Shareholder Services' });
  });

  it("is a law's acronym, unmarked (\"ESA\" after \"Endangered Species Act\")", () => {
    const page = 'The butterfly may be listed under the Endangered Species Act. An ESA listing would protect it.';
    expect(annotateSpace(page, 'ESA')).toBeUndefined();
  });

  it('stays the stored name where the page names it in full too', () => {
    const page = 'The European Space Agency and the Endangered Species Act both came up. ESA said nothing.';
    expect(annotateSpace(page, 'ESA')).toMatchObject({ canonical: 'European Space Agency' });
  });
});

describe('an acronym of a department’s field or of a name that grew', () => {
  it('names "HHS" and "CDC" by the page’s Department of Health and Human Services and Centers for Disease Control and Prevention', () => {
    const page = annotatedPage(
      'The Department of Health and Human Services will cut jobs at the Centers for Disease Control and Prevention. HHS said the CDC would lose 2,400 staff.',
    );
    expect(page.at('HHS')).toMatchObject({ kind: 'org', canonical: 'Department of Health and Human Services' });
    expect(page.at('CDC')).toMatchObject({ kind: 'org', canonical: 'Centers for Disease Control and Prevention' });
  });
});

describe('a stored short form the page spells out in brackets as another name', () => {
  const store = buildKnowledge(
    [
      {
        id: 'e1',
        title: 'Election',
        source: 'test',
        url: null,
        date: '2025-02-24',
        language: 'en',
        paragraphs: ['The Sahra Wagenknecht Alliance (BSW) won 4.97% of the vote. The BSW will have no seats.'],
      },
    ],
    { lexicon: placeLexicon(), nonNames: demonyms() },
  );
  const matcher = compileMatcher(buildMatcherPackage(store, placeLexicon(), demonyms()));
  it('is that name, there and further on, though its letters are not its initials ("German Solar Association (BSW)")', () => {
    const page = 'Installations rose 12%, the German Solar Association (BSW) said. The BSW expects 5% growth.';
    const bsw = annotateText(matcher, page).filter((a) => a.text === 'BSW');
    expect(bsw).toHaveLength(2);
    for (const a of bsw) expect(a).toMatchObject({ kind: 'org', entityId: null, canonical: 'German Solar Association' });
  });
});

describe('a name and its acronym written with and without accents', () => {
  it('ties a bracketed acronym’s later mentions written the other way ("Česká Národní Banka (ČNB)" … "CNB")', () => {
    const page = annotatedPage('The Česká Národní Banka (ČNB) raised rates on Thursday. The CNB said inflation was too high.');
    expect(page.at('CNB')).toMatchObject({ kind: 'org', entityId: null, canonical: 'Česká Národní Banka' });
    const plain = annotatedPage('The Ceska Narodni Banka (CNB) raised rates on Thursday. The ČNB said inflation was too high.');
    expect(plain.at('ČNB')).toMatchObject({ kind: 'org', canonical: 'Ceska Narodni Banka' });
  });

  it('ties an acronym to the initials of a name written with accents, once for both spellings', () => {
    expect(annotatedPage('The Česká Národní Banka raised rates on Thursday. The CNB said inflation was too high.').at('CNB')).toMatchObject({
      canonical: 'Česká Národní Banka',
    });
    const both = annotatedPage('The Česká Národní Banka raised rates. The Ceska Narodni Banka said inflation was high. The CNB said so again.');
    expect(both.at('CNB')).toMatchObject({ canonical: 'Česká Národní Banka' });
  });

  it('yields a stored acronym to the page’s name with accented initials ("ESA" after "Énergie Solaire Avancée")', () => {
    const page = 'Shares of Énergie Solaire Avancée rose on Monday. ESA said it would build a plant.';
    expect(annotateSpace(page, 'ESA')).toMatchObject({ kind: 'org', entityId: null, canonical: 'Énergie Solaire Avancée' });
  });
});

// The stored name is spelled with accents; the page writes it without them.
const BRAZIL_STORE = buildKnowledge(
  [
    {
      id: 'aeb',
      title: 'Brazil launch',
      source: 'test',
      url: null,
      date: '2025-03-06',
      language: 'en',
      paragraphs: ['The Agência Espacial Brasileira (AEB) said on Monday it would launch a satellite. AEB officials were pleased.'],
    },
  ],
  { lexicon: placeLexicon(), nonNames: demonyms() },
);
const brazilMatcher = compileMatcher(buildMatcherPackage(BRAZIL_STORE, placeLexicon(), demonyms()));

describe('a stored acronym whose long form the page writes without accents', () => {
  it('stays the stored name, not another page name of those initials', () => {
    const page = 'The Agencia Espacial Brasileira said on Monday. The Associação Empresarial Brasileira said the AEB would launch.';
    const at = page.indexOf('AEB');
    const aeb = annotateText(brazilMatcher, page).find((a) => a.start === at);
    expect(aeb).toMatchObject({ text: 'AEB', entityId: 'org:agencia-espacial-brasileira', canonical: 'Agência Espacial Brasileira' });
  });
});
