// What a sum is over: a fine over one thing is compared with the stored fine over it.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { subjectMarks, subjectsConflict } from './figure-subjects';

const FINES = storedFacts(
  '2025-09-05',
  'BRUSSELS — The European Commission fined Google €2.95 billion on Friday for abusing its dominance in advertising technology.',
  'It fined the company €2.42 billion over its shopping comparison service, €4.34 billion over its mobile operating system and €1.49 billion over advertising contracts.',
);

describe('what a sum is over', () => {
  it('is the words of its "over" phrase, without names or what follows the phrase', () => {
    expect(subjectMarks(' fine imposed by the Commission over its mobile operating system')).toEqual(['over:mobile', 'over:operating', 'over:system']);
    expect(subjectMarks(' in fines over Google’s conduct')).toEqual([]);
    expect(subjectMarks(' over advertising contracts in 2019')).toEqual(['over:advertising', 'over:contracts']);
    expect(subjectsConflict(new Set(['over:mobile']), new Set(['over:shopping']))).toBe(true);
    expect(subjectsConflict(new Set(['over:mobile']), new Set())).toBe(false);
  });
  it('picks the stored sum over the same thing, and rules out those over another', () => {
    const page = 'Google should lose its appeal against a €4.1 billion fine imposed by the Commission over its mobile operating system.';
    expect(verdict(FINES, page, '€4.1 billion')).toEqual(['differs', 'stored figure is €4.34 billion']);
    const shopping = 'The court upheld a €2.5 billion fine over its shopping service.';
    expect(verdict(FINES, shopping, '€2.5 billion')).toEqual(['differs', 'stored figure is €2.42 billion']);
  });
});
