import { describe, expect, it } from 'vitest';
import { verdictAgainst } from './figure-test-kit';
import { taskOf } from './figure-task-times';
import { findQuantities } from './quantities';

const task = (sentence: string): string | null => taskOf(sentence, findQuantities(sentence)[0]!);

describe('the time a task takes', () => {
  it('is not set against how long something lasted', () => {
    const stored = 'The port chief said the terminal had lost revenue, and that it would take about four days to clear the backlog.';
    expect(verdictAgainst(stored, 'about four days', 'The chief said the terminal had lost revenue on each of the six days it was closed.', 'six days')).toBeUndefined();
    const repairs = 'Engineers said repairs to the line would take three weeks to complete.';
    expect(verdictAgainst(repairs, 'three weeks', 'The line was closed to trains for five weeks after the repairs began.', 'five weeks')).toBeUndefined();
  });
  it('still meets the same task, and durations that are no task meet as before', () => {
    const stored = 'The port chief said that it would take about four days to clear the backlog.';
    expect(verdictAgainst(stored, 'about four days', 'The port chief said it would take four days to clear the backlog.', 'four days')).toBe('agrees');
    const strike = 'The dockworkers strike lasted six days at the port.';
    expect(verdictAgainst(strike, 'six days', 'The port strike by dockworkers lasted six days.', 'six days')).toBe('agrees');
  });
  it('reads the task after a verb of taking', () => {
    expect(task('It took 12 hours for crews to reach the site.')).toBe('reach');
    expect(task('Repairs will take up to three weeks to complete.')).toBe('complete');
    expect(task('The trial will take three weeks.')).toBeNull();
    expect(task('It was closed for six days to protect the staff.')).toBeNull();
  });
});
