import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('people of a kind "for" a cause', () => {
  it('are one group, opening a sentence or not', () => {
    expect(typed('Students for Fair Admissions sued Harvard in 2014.')).toEqual([
      ['Students for Fair Admissions', 'org'],
      ['Harvard', 'org'],
    ]);
    expect(typed('A lawsuit by Parents for Safe Schools was dismissed.')).toEqual([['Parents for Safe Schools', 'org']]);
  });

  it('leave a plural and a purpose or an employer alone', () => {
    expect(typed('Students for years have asked Harvard.')).toEqual([['Harvard', 'org']]);
    expect(typed('Students for Harvard rallied on Monday.')).toEqual([['Harvard', 'org']]);
  });

  it('take a cause of two abstract nouns joined by "and" ("Citizens for Responsibility and Ethics"), not a body listed after it', () => {
    expect(typed('Citizens for Responsibility and Ethics in Washington filed a complaint.')).toEqual([
      ['Citizens for Responsibility and Ethics', 'org'],
      ['Washington', 'place'],
    ]);
    expect(typed('A suit by Students for Fair Admissions and Harvard University ended.')).toEqual([
      ['Students for Fair Admissions', 'org'],
      ['Harvard University', 'org'],
    ]);
    expect(typed('Students for Fairness and Harvard met.').map(([t]) => t)).toContain('Harvard');
  });

  it('leave a body of two words or more after the cause\'s "and" a name of its own ("Mothers for Justice and Amnesty International")', () => {
    const found = typed('Mothers for Justice and Amnesty International marched in London.');
    expect(found).toContainEqual(['Amnesty International', 'org']);
    expect(found.map(([t]) => t)).not.toContain('Mothers for Justice and Amnesty International');
  });
});
