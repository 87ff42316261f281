import { describe, expect, it } from 'vitest';
import { seedMatcher } from '../../tests/support/seed-knowledge';
import { annotateText } from './annotate';

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
});
