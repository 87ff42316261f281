import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { endsInLegalForm } from './name-legal-forms';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe("a company's legal form after its name (name-legal-forms)", () => {
  it('makes the name an organisation, not a person', () => {
    expect(typed('Halvorsen GmbH said the line would reopen.')).toEqual([['Halvorsen GmbH', 'org']]);
    expect(typed('Mertala Oyj runs the mill.')).toEqual([['Mertala Oyj', 'org']]);
    expect(typed('Dravik AG and Solvane SE signed the deal.')).toEqual([
      ['Dravik AG', 'org'],
      ['Solvane SE', 'org'],
    ]);
  });

  // Must not change: the form alone, or opening a name.
  it('needs a name before the form', () => {
    expect(endsInLegalForm(['AG'])).toBe(false);
    expect(endsInLegalForm(['AG', 'Halvorsen'])).toBe(false);
  });
});
