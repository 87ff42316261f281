import { describe, expect, it } from 'vitest';
import { pluralVerbAfter } from './name-side-verbs';

// Every phrase is written for this test.
describe('pluralVerbAfter', () => {
  it('reads a plural verb right after the name ("Bayern Munich have signed")', () => {
    expect(pluralVerbAfter(' have signed a striker.')).toBe(true);
    expect(pluralVerbAfter(' were beaten.')).toBe(true);
    expect(pluralVerbAfter(' has signed a striker.')).toBe(false);
  });

  it('reads it on the name\'s line only: a heading\'s name is no side of the paragraph\'s verb', () => {
    expect(pluralVerbAfter('\nhave signed a striker.')).toBe(false);
    expect(pluralVerbAfter(' have\nsigned a striker.')).toBe(false);
  });
});
