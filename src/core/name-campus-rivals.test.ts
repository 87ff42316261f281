import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);

describe('a school after "University … at" that is the home side of a fixture', () => {
  it('stays apart where a game follows the pairing ("… at Rutgers kicked off", "… at Rutgers, 24-17")', () => {
    expect(names('Penn State University at Rutgers kicked off at noon.')).toEqual(['Penn State University', 'Rutgers']);
    expect(names('Corvane State University at Maddox, 24-17, was the upset of the week.')).toEqual(['Corvane State University', 'Maddox']);
    expect(names('The Ridgemont University at Calder game drew a crowd.')).toContain('Ridgemont University');
  });

  it('stays apart where the page names it as a school or a side of its own ("Rutgers coach")', () => {
    expect(names('Penn State University at Rutgers drew a crowd. Rutgers coach Al Bell was upbeat.')).toContain('Penn State University');
    expect(names('Fans filled Ridgemont University at Maddox. Maddox University sold out.')).toContain('Ridgemont University');
  });
});

describe('a campus and its town that the fixture rule leaves joined', () => {
  it('keeps a town the lexicon does not know in the name, without a game right after it', () => {
    expect(names('About 2,000 students at Texas A&M University at Galveston moved online.')).toEqual(['Texas A&M University at Galveston']);
    expect(names('The University of North Carolina at Chapel Hill, which won 21-14 in a grants vote, grew.')).toContain(
      'University of North Carolina at Chapel Hill',
    );
    expect(names('The Ridgemont University at Calder board met. Calder residents were angry.')).toContain('Ridgemont University at Calder');
  });

  it('keeps a known town in the name whatever follows ("… at Austin game days")', () => {
    expect(names('The University of Texas at Austin game days draw crowds.')).toContain('University of Texas at Austin');
  });
});
