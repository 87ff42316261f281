import { describe, expect, it } from 'vitest';
import { saysItAsFirm } from './name-firm-clause';

// Every sentence is written for this test.
describe('saysItAsFirm', () => {
  it('reads a name saying "it" of a firm\'s business', () => {
    expect(saysItAsFirm(' said it would cut 200 jobs.')).toBe(true);
    expect(saysItAsFirm(' said on Monday that its workers would get a raise.')).toBe(true);
    expect(saysItAsFirm(' said it would appeal the ruling.')).toBe(false);
  });

  it('reads the phrase on the name\'s line only: a heading\'s name does not say the paragraph\'s words', () => {
    expect(saysItAsFirm('\nsaid it would cut 200 jobs.')).toBe(false);
    expect(saysItAsFirm(' said\nit would cut 200 jobs.')).toBe(false);
  });
});
