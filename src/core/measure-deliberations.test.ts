import { describe, expect, it } from 'vitest';
import { measureOf } from './facts';
import { othersDeliberation } from './measure-deliberations';
import { figureIn as figure, verdictAgainst as verdict } from './figure-test-kit';

// Every sentence is written for this test.
const others = (sentence: string, text: string): boolean => othersDeliberation(sentence, figure(sentence, text));
const topic = (sentence: string, text: string): boolean => measureOf(sentence, figure(sentence, text)).includes('deliberation');

describe('whose deliberation a length is', () => {
  it('reads a body that is no jury deliberating, past its own clause', () => {
    expect(others('The cabinet deliberated for three days.', 'three days')).toBe(true);
    expect(others('The board, which met in Zurich, had deliberated for six hours.', 'six hours')).toBe(true);
    expect(others('After two weeks of the committee’s deliberations, the bill passed.', 'two weeks')).toBe(true);
    expect(topic('The cabinet deliberated for three days.', 'three days')).toBe(false);
  });

  it('leaves a jury’s, a court’s and an unsaid body’s deliberation as it was', () => {
    expect(others('The jury deliberated for three days.', 'three days')).toBe(false);
    expect(others('The jury in the fraud case deliberated for three days.', 'three days')).toBe(false);
    expect(others('Jurors, who heard 20 witnesses, deliberated for three days.', 'three days')).toBe(false);
    expect(others('A jury convicted him after deliberating for five hours.', 'five hours')).toBe(false);
    expect(others('Deliberations lasted three days.', 'three days')).toBe(false);
    expect(others('They had deliberated for three days when the note came.', 'three days')).toBe(false);
    expect(topic('The jury deliberated for three days.', 'three days')).toBe(true);
    // A jury named by its members.
    expect(others('The seven men and five women deliberated for 11 hours.', '11 hours')).toBe(false);
    expect(others('The 12 men and women had deliberated for two days.', 'two days')).toBe(false);
  });

  it('does not set a cabinet’s time against the jury’s', () => {
    const stored = 'The jury deliberated for three days before the verdict.';
    expect(verdict(stored, 'three days', 'The cabinet deliberated for three days.', 'three days')).toBeUndefined();
    expect(verdict(stored, 'three days', 'The cabinet deliberated for two days.', 'two days')).toBeUndefined();
    expect(verdict(stored, 'three days', 'The jurors deliberated for two days.', 'two days')).toBe('differs');
    expect(verdict(stored, 'three days', 'A verdict came after three days of deliberations.', 'three days')).toBe('agrees');
  });
});
