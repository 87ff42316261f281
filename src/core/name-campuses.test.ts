import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a university campus named by "at" and its town', () => {
  it('keeps the campus in the name, known town or not', () => {
    expect(typed('About 2,000 students at Texas A&M University at Galveston moved online.')).toEqual([
      ['Texas A&M University at Galveston', 'org'],
    ]);
    expect(typed('She teaches at the University of Texas at Austin, which grew.')).toEqual([['University of Texas at Austin', 'org']]);
  });

  it('leaves a time, a known body, a possessive or a longer name after "at" apart', () => {
    expect(typed('He spoke at Yale University at Christmas.')).toEqual([['Yale University', 'org']]);
    expect(typed('He taught at Ridgemont University at Thanksgiving.').map(([n]) => n)).toContain('Ridgemont University');
    expect(typed('A chair at Ridgemont University at Microsoft’s expense.').map(([n]) => n)).toContain('Ridgemont University');
    expect(typed('Researchers from Ridgemont University at Galveston’s port took samples.').map(([n]) => n)).not.toContain(
      'Ridgemont University at Galveston',
    );
    expect(typed('She studied at Ridgemont University at Austin Community College.').map(([n]) => n)).not.toContain(
      'Ridgemont University at Austin',
    );
  });

  it('leaves "at" after a head that is no university alone ("Ridgemont Hospital at Austin")', () => {
    expect(typed('Nurses at Ridgemont Hospital at Austin walked out.').map(([n]) => n)).not.toContain('Ridgemont Hospital at Austin');
  });

  it('leaves a fixture’s venue or opponent apart: a venue’s name or a state', () => {
    const names = (text: string): string[] => typed(text).map(([n]) => n);
    expect(names('Ohio State University at Michigan Stadium kicked off at noon.')).toContain('Ohio State University');
    expect(names('The University of Kansas at Allen Fieldhouse won again.')).toContain('University of Kansas');
    expect(names('Harvard University at Yale Bowl played on Saturday.')).toContain('Harvard University');
    expect(names('Boise State University at Wyoming on Saturday.')).toEqual(['Boise State University', 'Wyoming']);
  });

  it('keeps a campus town of two words, a park’s name of a town among them ("at Chapel Hill", "at College Park")', () => {
    expect(typed('The University of Maryland at College Park raised fees.').map(([n]) => n)).toEqual(['University of Maryland at College Park']);
    expect(typed('The University of North Carolina at Chapel Hill raised tuition.')).toEqual([
      ['University of North Carolina at Chapel Hill', 'org'],
    ]);
  });
});
