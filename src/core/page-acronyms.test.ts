import { describe, expect, it } from 'vitest';
import { annotatedPage } from '../../tests/support/seed-knowledge';
import { foldTerms } from './page-summary';

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
