import { describe, expect, it } from 'vitest';
import { groupAliases } from './aliases';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import type { EntityMention, EntityType } from './types';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const mention = (canonical: string, type: EntityType, start: number): EntityMention => ({
  start,
  end: start + canonical.length,
  text: canonical,
  type,
  canonical,
});

describe('a street, a square or a bridge named in another language is a place', () => {
  it('by the head that opens it ("the Rue de Rivoli", "the Calle Mayor", "the Via Veneto")', () => {
    expect(typed('Shops on the Rue de Rivoli and the Boulevard Haussmann stayed shut.')).toEqual([
      ['Rue de Rivoli', 'place'],
      ['Boulevard Haussmann', 'place'],
    ]);
    expect(typed('Crowds filled the Calle Mayor in Madrid and the Via Veneto in Rome.')).toEqual([
      ['Calle Mayor', 'place'],
      ['Madrid', 'place'],
      ['Via Veneto', 'place'],
      ['Rome', 'place'],
    ]);
    expect(typed('Rue McClure was closed for repairs.')).toEqual([['Rue McClure', 'place']]);
  });

  it('by the head that closes it ("the Petit Pont", "Potsdamer Platz", "the Friedrichstraße")', () => {
    expect(typed('Queues reached the Petit Pont by noon.')).toEqual([['Petit Pont', 'place']]);
    expect(typed('Crowds filled Potsdamer Platz and the Friedrichstraße on Sunday.')).toEqual([
      ['Potsdamer Platz', 'place'],
      ['Friedrichstraße', 'place'],
    ]);
  });

  it('reads "Square" as a square\'s opener where the rest is a square\'s ("Square Jean-XXIII", "Square du Temple")', () => {
    expect(typed('The gardens behind the chevet, the Square Jean-XXIII, would stay open.')).toEqual([['Square Jean-XXIII', 'place']]);
    expect(typed('Children played in the Square du Temple all afternoon.')).toEqual([['Square du Temple', 'place']]);
  });

  it('leaves a company, a person named Rue and a body\'s head as before', () => {
    expect(typed('Square Enix said it would delay the game.')).toEqual([['Square Enix', 'org']]);
    expect(typed('Rue Martin, the lawyer, said she would appeal.')).toEqual([['Rue Martin', 'person']]);
    expect(typed('Rue Martin, 71, said she would appeal.')).toEqual([['Rue Martin', 'person']]);
    expect(typed('Avenue Capital said it had raised a new fund.')).toEqual([['Avenue Capital', 'org']]);
    expect(typed('Guests at the Plaza Hotel said the lifts had failed.')).toEqual([['Plaza Hotel', 'org']]);
    expect(typed('Pont Neuf reopened to traffic on Monday.')).toEqual([['Pont Neuf', 'place']]);
  });

  it("leaves a surname after a given name and a firm named in apposition to the context's cue", () => {
    // A street's closing head is a surname too; the opener "Rue" a given name.
    expect(typed('Coach Anna Platz said the team was tired.')).toEqual([['Anna Platz', 'person']]);
    expect(typed('Peter Strasse, a lawyer, said he would appeal.')).toEqual([['Peter Strasse', 'person']]);
    expect(typed('Rue McClanahan, who played Blanche, died in 2010.')).toContainEqual(['Rue McClanahan', 'person']);
    // An opener and a bare word that the context makes a body.
    expect(typed('Via Verde, the toll operator, raised prices.')).toEqual([['Via Verde', 'org']]);
    expect(typed('Corso Italia, the restaurant, closed on Monday.')).toEqual([['Corso Italia', 'org']]);
  });

  it("keeps a street with a particle after its opener whatever the context's cues", () => {
    expect(typed('Rue de Rivoli, the shopping street, was closed.')).toContainEqual(['Rue de Rivoli', 'place']);
    expect(typed("Shops on the Rue d'Arcole, a lane near the river, stayed shut.")).toContainEqual(["Rue d'Arcole", 'place']);
  });
});

describe('a church named by its dedication is a place', () => {
  it('reads "Notre-Dame de Paris", "Notre-Dame" and "Santa Maria Novella" as places, not people', () => {
    expect(typed('The money given to rebuild Notre-Dame de Paris had been spent as donors intended.')).toEqual([
      ['Notre-Dame de Paris', 'place'],
    ]);
    expect(typed('The bells of Notre-Dame rang out on Saturday.')).toEqual([['Notre-Dame', 'place']]);
    expect(typed('Tourists queued outside Santa Maria Novella and the Sacré-Cœur.')).toEqual([
      ['Santa Maria Novella', 'place'],
      ['Sacré-Cœur', 'place'],
    ]);
  });

  it('leaves the university\'s "Notre Dame", a school and a person\'s "de" as before', () => {
    expect(typed('Notre Dame beat Indiana 27-17 on Friday.')).toContainEqual(['Notre Dame', 'org']);
    expect(typed('Pupils at Our Lady of Mercy School sat the test.')).toEqual([['Our Lady of Mercy School', 'org']]);
    expect(typed('The mayor, Michel des Rosiers, said on Friday he would run.')).toContainEqual(['Michel des Rosiers', 'person']);
  });

  it('takes the dedication alone for the church it opens ("Notre-Dame" of "Notre-Dame de Paris")', () => {
    const groups = groupAliases([mention('Notre-Dame de Paris', 'place', 0), mention('Notre-Dame', 'place', 40)], lexicon);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.aliases).toContain('Notre-Dame');
    const first = groupAliases([mention('Notre-Dame', 'place', 0), mention('Notre-Dame de Paris', 'place', 40)], lexicon);
    expect(first.map((g) => g.canonical)).toEqual(['Notre-Dame de Paris']);
    // A river's or a town's first word is no dedication.
    const town = groupAliases([mention('Santa Fe', 'place', 0), mention('Santa Fe Springs', 'place', 40)], lexicon);
    expect(town).toHaveLength(2);
  });
});
