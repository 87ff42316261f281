import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('an elided particle glued to a capitalised word continues a name', () => {
  it('keeps "d\'" and "dell\'" inside ("the Rue d\'Arcole", "Valéry Giscard d\'Estaing", "the Via dell\'Abbondanza")', () => {
    expect(typed("A man who sells postcards on the Rue d'Arcole said trade was good.")).toEqual([["Rue d'Arcole", 'place']]);
    expect(typed("Valéry Giscard d'Estaing said on Monday he would run.")).toEqual([["Valéry Giscard d'Estaing", 'person']]);
    expect(typed("They walked along the Via dell'Abbondanza at dusk.")).toEqual([["Via dell'Abbondanza", 'place']]);
  });

  it('opens no name of its own, and leaves contractions and plain words alone', () => {
    expect(typed("The wines d'Alsace sold well in London.")).toEqual([['London', 'place']]);
    expect(typed("Paris didn't say l'avenir was bright.")).toEqual([['Paris', 'place']]);
  });
});
