import { describe, expect, it } from 'vitest';
import { compareFigure, measureOf } from './facts';
import { PRISON_ASKED, PRISON_MAXIMUM, PRISON_TERM } from './measure-prison-terms';
import { figureIn as figure, storedFact } from './figure-test-kit';
import type { Fact } from './types';

// Every sentence and name is written for this test.
const marks = (sentence: string, text: string): string[] =>
  measureOf(sentence, figure(sentence, text)).filter((w) => w.startsWith('prison') || w.startsWith('over:'));
const stored = (sentence: string, text: string): Fact => storedFact(sentence, text, { date: '2024-05-02' });
const verdict = (facts: Fact[], sentence: string, text: string) => compareFigure(facts, figure(sentence, text), sentence)[0]?.verdict;

describe('prison terms', () => {
  it('marks a term given, the most a charge carries and what a side asked for, with whose term it is', () => {
    expect(marks('Dana Holloway, the founder of the lender, was sentenced on Friday to 12 years in prison.', '12 years')).toEqual([PRISON_TERM, 'over:holloway']);
    expect(marks('Holloway, who is serving a 12-year sentence, has appealed.', '12-year')).toEqual([PRISON_TERM, 'over:holloway']);
    expect(marks('Holloway, 44, faces up to 60 years in prison.', 'up to 60 years')).toEqual([PRISON_TERM, PRISON_MAXIMUM, 'over:holloway']);
    expect(marks('Prosecutors had asked for at least 20 years; the defence for about four years.', 'at least 20 years')).toEqual([PRISON_TERM, PRISON_ASKED]);
  });

  it('leaves other lengths alone: a loan, a tenure, a wait', () => {
    expect(marks('The lender sought a loan over 12 years to rebuild the plant.', '12 years')).toEqual([]);
    expect(marks('She served as mayor for eight years before the vote.', 'eight years')).toEqual([]);
    expect(marks('The company faces three years of losses, analysts said.', 'three years')).toEqual([]);
  });

  // Written for this review: a time in a post, a term of office, a compound's own noun.
  it('leaves a time served in a post or an office alone, and what a compound or an "of" names', () => {
    expect(marks('He served five years in the Army before joining the police.', 'five years')).toEqual([]);
    expect(marks('Marta Velmora served eight years as mayor of the town.', 'eight years')).toEqual([]);
    expect(marks('The judge has served 12 years on the bench.', '12 years')).toEqual([]);
    expect(marks('She was elected to a four-year term in 2020.', 'four-year')).toEqual([]);
    expect(marks('The senator, who is serving a second six-year term, will not run again.', 'six-year')).toEqual([]);
    expect(marks('The defense ministry sought a 10-year contract for the jets.', '10-year')).toEqual([]);
    expect(marks('The company faces up to 20 years of litigation, its lawyers said.', 'up to 20 years')).toEqual([]);
  });

  it('still marks a term served where the sentence says it is one', () => {
    expect(marks('Holloway is serving 12 years after a trial in the same courthouse.', '12 years')).toEqual([PRISON_TERM, 'over:holloway']);
    expect(marks('Holloway, convicted of fraud, is serving a 12-year term in Texas.', '12-year')).toEqual([PRISON_TERM, 'over:holloway']);
    expect(marks('Holloway has served five years in a federal prison for the fraud.', 'five years')).toEqual([PRISON_TERM, 'over:holloway']);
  });

  it('meets the stored term restated, and not a term of another kind or of another person', () => {
    const given = stored('Dana Holloway, the founder of the lender, was sentenced on Friday to 12 years in prison.', '12 years');
    const most = stored('Holloway, 44, faces up to 60 years in prison.', 'up to 60 years');
    const asked = stored('Prosecutors had asked for at least 20 years; the defence for about four years.', 'at least 20 years');
    const facts = [given, most, asked];
    expect(verdict(facts, 'Holloway, who is serving a 12-year sentence, has appealed.', '12-year')).toBe('agrees');
    expect(verdict(facts, 'The prosecutors had sought at least 20 years.', 'at least 20 years')).toBe('agrees');
    expect(verdict(facts, 'If convicted, Holloway, who is free on bail, faces up to 60 years in prison.', 'up to 60 years')).toBe('agrees');
    // A witness's own term is no measure of the defendant's, nor of the most he faced.
    expect(verdict(facts, 'Her deputy, Rhys Tanner, was sentenced on Monday to two years in prison.', 'two years')).toBeUndefined();
    // Nor is a length of the story that is no term.
    expect(verdict(facts, 'The trial lasted four years from the charges, Holloway said.', 'four years')).toBeUndefined();
  });
});

describe('the words after a prison term', () => {
  it('are read on its line: an "Of" opening the next line names nothing the term measures', () => {
    expect(marks('Tom Reyes was sentenced to 12 years of community work.', '12 years')).toEqual([]);
    expect(marks('Tom Reyes was sentenced to 12 years\nOf the others, two were freed.', '12 years')).toEqual([PRISON_TERM, 'over:reyes']);
  });
});
