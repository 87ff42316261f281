import { describe, expect, it } from 'vitest';
import { otherJsonProblem } from './backup-other-json';

describe('otherJsonProblem', () => {
  it('names a list by its length, as another app\'s export may be', () => {
    expect(otherJsonProblem([{ uri: 'https://example.org/a', text: 'hi' }, { uri: 'https://example.org/b' }])).toBe(
      '(file): not a Backstory backup or a W3C annotation collection, but a list of 2 items, perhaps another app’s export',
    );
    expect(otherJsonProblem([{}])).toMatch(/but a list of 1 item,/);
    expect(otherJsonProblem(Array.from({ length: 12_500 }, () => 0))).toMatch(/a list of 12,500 items/);
    expect(otherJsonProblem([])).toBe('(file): not a Backstory backup or a W3C annotation collection, but an empty list');
  });

  it('names a record of other fields by its first few fields', () => {
    expect(otherJsonProblem({ bookmarks: [], exportedBy: 'Reader', version: 3 })).toBe(
      '(file): not a Backstory backup or a W3C annotation collection, but other data (its fields: bookmarks, exportedBy, version), perhaps another app’s export',
    );
    const wide = Object.fromEntries(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'].map((k) => [k, 1]));
    expect(otherJsonProblem(wide)).toMatch(/\(its fields: alpha, beta, gamma, delta and 2 more\)/);
    expect(otherJsonProblem({ ['k'.repeat(80)]: 1 })).toMatch(/\(its fields: k{29}…\)/);
    expect(otherJsonProblem({})).toBe('(file): not a Backstory backup or a W3C annotation collection, but an empty record');
  });

  it('names a lone value by its kind, never quoting it', () => {
    expect(otherJsonProblem('my notes')).toBe('(file): not a Backstory backup or a W3C annotation collection, but a single piece of text');
    expect(otherJsonProblem(42)).toMatch(/but a single number$/);
    expect(otherJsonProblem(false)).toMatch(/but a single true or false value$/);
    expect(otherJsonProblem(null)).toMatch(/but null, an empty value$/);
  });
});
