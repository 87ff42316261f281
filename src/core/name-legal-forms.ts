// "Uniper GmbH", "Siemens AG", "Nokia Oyj", "Airbus SE", "Ericsson AB": a company's legal form
// after its name makes it a company's, as "Inc" and "Ltd" do (entity-cues.ts ORG_HEADS). Two-
// letter forms are too short for a body's acronym (name-form.ts reads three letters up), and
// "Oyj" or "GmbH" are no acronym at all, so such a name read as a person's by its form.
// Only as the last of two or more words: "AG" alone is the attorney general.

const LEGAL_FORMS = new Set([
  'GmbH', 'AG', 'KG', 'KGaA', 'SE', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'AB', 'Oyj', 'Oy', 'AS',
  'ASA', 'SpA', 'S.p.A.', 'Srl', 'SAS', 'LLC', 'LLP', 'Pty', 'Bhd', 'Tbk', 'PJSC', 'JSC',
]);

/** Whether a name of several words ends in a company's legal form: "Uniper GmbH". */
export function endsInLegalForm(words: readonly string[]): boolean {
  return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1] ?? '');
}
